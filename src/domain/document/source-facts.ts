import { formatLongDate, readIsoDate, type CalendarDate } from '../cite/dates';
import { readDateLine } from '../transcript/dates';
import type { ParsedDocument, Source } from '../types';
import { pluralize } from '../words/pluralize';

// A reader weighs a quote by when it was said: a story three years older than the briefing beside
// it is background, not a report of it. These helpers say so, and guess a document's source from
// its own text so that an import starts from what the text already tells.

/** Below this many months apart two documents read as one story; at or above it a note says so. */
const noteworthyMonths = 3;

const countMonths = (from: CalendarDate, to: CalendarDate): number =>
  (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);

const describeSpan = (months: number): string => {
  if (months < 12) return pluralize(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  // "about 3 years" reads better than "2 years and 11 months" for a note about age.
  if (rest <= 2) return `about ${pluralize(years, 'year')}`;
  if (rest >= 10) return `almost ${pluralize(years + 1, 'year')}`;
  return `${pluralize(years, 'year')} and ${pluralize(rest, 'month')}`;
};

/**
 * A note when a story's date and its briefing's date are months apart ("The story is from 9
 * February 2017, almost 3 years before the briefing of 31 January 2020."); undefined otherwise.
 */
export function describeDateGap(
  briefingDate: string | undefined,
  storyDate: string | undefined,
): string | undefined {
  const briefing = briefingDate === undefined ? undefined : readIsoDate(briefingDate);
  const story = storyDate === undefined ? undefined : readIsoDate(storyDate);
  if (briefing === undefined || story === undefined) return undefined;
  const before = countMonths(story, briefing);
  const after = countMonths(briefing, story);
  const months = Math.max(before, after);
  if (months < noteworthyMonths) return undefined;
  const side = before >= noteworthyMonths ? 'before' : 'after';
  return `The story is from ${formatLongDate(storyDate ?? '')}, ${describeSpan(months)} ${side} the briefing of ${formatLongDate(briefingDate ?? '')}.`;
}

/** What an import form starts from: each field as text, empty when the text tells nothing. */
export interface SourceGuess {
  readonly publisher: string;
  /** YYYY-MM-DD, or empty. */
  readonly date: string;
  readonly url: string;
}

const urlPattern = /\bhttps?:\/\/[^\s<>"')\]]+/u;

/**
 * A document's date as YYYY-MM-DD: its source's, else a date line before a transcript's first turn
 * (or in a text's first lines); undefined when neither tells one.
 */
export function readDocumentDate(document: ParsedDocument, text = ''): string | undefined {
  if (document.source?.date !== undefined) return document.source.date;
  const dateLines =
    document.kind === 'transcript'
      ? [...document.boilerplate, ...document.preamble].map((block) => block.text)
      : text.split('\n', 12);
  return dateLines.map((line) => readDateLine(line)).find((found) => found !== undefined);
}

/** Guesses a document's publisher, date and address from what the parser read and its text. */
export function guessSource(document: ParsedDocument, text: string): SourceGuess {
  const source: Source | undefined = document.source;
  const date = readDocumentDate(document, text);
  const url = source?.url ?? urlPattern.exec(text)?.[0]?.replace(/[.,;:]+$/u, '');
  return { publisher: source?.publisher ?? '', date: date ?? '', url: url ?? '' };
}

/** Why a source address typed by a reader cannot be used, or undefined when it can (or is empty). */
export function checkSourceUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return undefined;
  } catch {
    // Falls through to the message below.
  }
  return 'The source address must be a web address starting with https:// or http://.';
}
