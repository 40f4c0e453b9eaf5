import { countMentions } from '../topics/stats';
import { readDateLine } from '../transcript/dates';
import type { Mention, ParsedDocument, TopicId } from '../types';
import { isCalendarDate } from './manifest';
import { composeDocumentSlug, compareText } from './slugs';
import type { ArchiveSource, DocumentFacts, TopicCount } from './types';

// A story's date line sits near its top; a transcript's in the lines before the first speaker.
const maxStoryDateParagraphs = 6;
// "Date: July 24, 2019", "Published 24 July 2019": a date after a short lead word.
const dateLead = /^(?:date|dated|published|posted|released|updated|issued)\b\s*(?:on\s*)?:?\s*/i;

const readLeadDate = (line: string): string | undefined => {
  const date = readDateLine(line) ?? readDateLine(line.replace(dateLead, ''));
  return date !== undefined && isCalendarDate(date) ? date : undefined;
};

/** The date a document's own text gives (YYYY-MM-DD), or undefined. */
export function readTextDate(document: ParsedDocument): string | undefined {
  if (document.kind === 'transcript') {
    const stated = document.source?.date;
    if (stated !== undefined && isCalendarDate(stated)) return stated;
    for (const block of document.preamble) {
      const date = readLeadDate(block.text);
      if (date !== undefined) return date;
    }
    return undefined;
  }
  for (const paragraph of document.paragraphs.slice(0, maxStoryDateParagraphs)) {
    const date = readLeadDate(paragraph.text);
    if (date !== undefined) return date;
  }
  return undefined;
}

const fileStem = (file: string): string =>
  (file.split('/').at(-1) ?? file).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');

/** What a document says about itself, the manifest's word first, then the text's. */
export function readDocumentFacts(source: ArchiveSource): DocumentFacts {
  const { document, entry } = source;
  const textDate = entry?.date === undefined ? readTextDate(document) : undefined;
  const date = entry?.date ?? textDate;
  const facts: DocumentFacts = {
    file: source.file,
    title: entry?.title ?? (document.title.trim() || fileStem(source.file)),
    dateFrom: entry?.date !== undefined ? 'manifest' : textDate !== undefined ? 'text' : 'none',
  };
  if (date !== undefined) facts.date = date;
  const publisher = entry?.publisher ?? document.source?.publisher;
  if (publisher !== undefined) facts.publisher = publisher;
  const sourceUrl = entry?.sourceUrl ?? document.source?.url;
  if (sourceUrl !== undefined) facts.sourceUrl = sourceUrl;
  if (source.shipped === true) facts.shipped = true;
  return facts;
}

/** The slug a document would like, before collisions are settled. */
export function proposeSlug(facts: DocumentFacts): string {
  return composeDocumentSlug(facts.date, facts.title, fileStem(facts.file));
}

/** Newest first, undated last; then by slug, so that the order never depends on the folder's. */
export function compareNewestFirst(
  a: { date?: string | undefined; slug: string },
  b: { date?: string | undefined; slug: string },
): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return compareText(b.date, a.date);
  }
  return compareText(a.slug, b.slug);
}

/** Every topic mention of a document. */
export function* documentMentions(document: ParsedDocument): Generator<Mention> {
  if (document.kind === 'article') {
    for (const paragraph of document.paragraphs) yield* paragraph.mentions;
    return;
  }
  for (const turn of document.turns) {
    for (const paragraph of turn.paragraphs) yield* paragraph.mentions;
  }
}

/** Counts as a list, most first, then by id. */
export function rankCounts(counts: ReadonlyMap<TopicId, number>): TopicCount[] {
  return [...counts]
    .map(([id, mentions]) => ({ id, mentions }))
    .sort((a, b) => b.mentions - a.mentions || compareText(a.id, b.id));
}

/** A document's topics with their mentions, most mentioned first. */
export function countDocumentTopics(document: ParsedDocument): TopicCount[] {
  return rankCounts(countMentions(documentMentions(document)));
}

/** Days from 1970-01-01 to a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}
