import { defaultTopics } from '../../content/topics';
import { isFirstPerson, isWrappedInQuotes, readAttribution, type Attribution } from './attribution';
import { findTitle, groupParagraphs, splitLines, type RawParagraph } from './blocks';
import { findParagraphMentions } from './mentions';
import { ArticleSpeakers, type Candidate } from './speakers';
import { defaultMatcher } from '../topics/default-matcher';
import { compileTopics, topicsOf } from '../topics/match';
import type {
  Article,
  ArticleParagraph,
  ArticleParagraphKind,
  Diagnostic,
  ParagraphId,
  Span,
  Topic,
} from '../types';

export interface ParseArticleOptions {
  topics?: readonly Topic[];
}

// A picture credit marks a caption: "Picture: …", "Photo: …", "(Image credit: …)".
const pictureCredit =
  /(?:^|[\s([])(?:Picture|Photo|Photograph|Image|Credit|Pictured|Photo credit|Image credit)s?\s?:/u;

// NUL, other C0 controls (not tab or line breaks) and U+FFFD (bytes that failed to decode) mark a
// file that is not text.
const isOddChar = (code: number): boolean =>
  code < 0x09 || (code > 0x0d && code < 0x20) || code === 0xfffd;

const looksBinary = (text: string): boolean => {
  let odd = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if (isOddChar(code)) odd += 1;
  }
  return odd / text.length > 0.05;
};

const quoteOf = (span: Span, text: string): string => {
  const line = text.slice(span.start, span.end);
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

interface Classified {
  kind: ArticleParagraphKind;
  candidate?: Candidate;
}

/** Walks the paragraphs in order, deciding which are quotes and by whom. */
class QuoteReader {
  private pending: { span: Span; candidate: Candidate } | undefined;
  private active: Candidate | undefined;

  constructor(
    private readonly input: string,
    private readonly people: ArticleSpeakers,
    private readonly diagnostics: Diagnostic[],
  ) {}

  read(raw: RawParagraph, text: string): Classified {
    if (raw.list || pictureCredit.test(text)) {
      this.close();
      return { kind: raw.list ? 'list-item' : 'caption' };
    }
    const attribution = readAttribution(text);
    if (attribution !== undefined) return this.attribute(raw, attribution);
    const pending = this.pending;
    if (pending !== undefined) {
      this.pending = undefined;
      this.active = pending.candidate;
      return { kind: 'quote', candidate: pending.candidate };
    }
    if (this.active !== undefined && (isFirstPerson(text) || isWrappedInQuotes(text))) {
      return { kind: 'quote', candidate: this.active };
    }
    this.active = undefined;
    return { kind: 'body' };
  }

  /** Reports an attribution left without a quote; call at the end too. */
  close(): void {
    const pending = this.pending;
    if (pending !== undefined) {
      this.diagnostics.push({
        ...pending.span,
        code: 'unmatched-attribution',
        message: `"${quoteOf(pending.span, this.input)}" introduces a quote, but no quoted paragraph follows it.`,
      });
    }
    this.pending = undefined;
    this.active = undefined;
  }

  private attribute(span: Span, attribution: Attribution): Classified {
    this.close();
    const candidate = this.people.resolve(attribution.subject);
    if (candidate === undefined) {
      this.diagnostics.push({
        ...span,
        code: 'unmatched-attribution',
        message: `"${quoteOf(span, this.input)}" does not say who is speaking, and no one was named before it.`,
      });
      return { kind: attribution.inline ? 'quote' : 'body' };
    }
    if (attribution.inline) {
      this.active = candidate;
      return { kind: 'quote', candidate };
    }
    this.pending = { span: { start: span.start, end: span.end }, candidate };
    return { kind: 'body' };
  }
}

const emptyArticle = (diagnostics: Diagnostic[]): Article => ({
  kind: 'article',
  title: '',
  speakers: [],
  paragraphs: [],
  diagnostics,
});

// Without a title line, the story is named by the start of its first paragraph.
const deriveTitle = (text: string): string => {
  const sentence = /^[^\n.!?]*[.!?]?/u.exec(text)?.[0].trim() ?? '';
  return sentence.length > 80 ? `${sentence.slice(0, 79).trimEnd()}…` : sentence;
};

/**
 * Parses a news story: title, paragraphs (body, quote, caption, list item) with offsets into `text`,
 * the people quoted, topic mentions, and diagnostics in plain words. Never throws.
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): Article {
  const topics = options.topics ?? defaultTopics;
  const matcher = topics === defaultTopics ? defaultMatcher : compileTopics(topics);
  const diagnostics: Diagnostic[] = [];
  if (text.trim().length === 0) {
    diagnostics.push({ start: 0, end: text.length, code: 'empty', message: 'The story is empty.' });
    return emptyArticle(diagnostics);
  }
  if (looksBinary(text)) {
    diagnostics.push({
      start: 0,
      end: text.length,
      code: 'binary',
      message: 'This file does not look like text; it may be a picture or another binary file.',
    });
  }
  const lines = splitLines(text);
  const found = findTitle(text, lines);
  const bodyLines = found === undefined ? lines : splitLines(text, found.lineEnd);
  const people = new ArticleSpeakers();
  const reader = new QuoteReader(text, people, diagnostics);
  const raws = groupParagraphs(text, bodyLines);
  const mentionsOf = findParagraphMentions(text, raws, matcher);
  const paragraphs = raws.map((raw, index): ArticleParagraph => {
    const paragraphText = text.slice(raw.start, raw.end);
    const { kind, candidate } = reader.read(raw, paragraphText);
    const mentions = mentionsOf[index] ?? [];
    return {
      id: `p${index + 1}` as ParagraphId,
      kind,
      text: paragraphText,
      start: raw.start,
      end: raw.end,
      ...(candidate === undefined ? {} : { speakerId: people.speakerOf(candidate).id }),
      topics: topicsOf(mentions, topics),
      mentions,
    };
  });
  reader.close();
  if (found === undefined) {
    const first = paragraphs[0];
    diagnostics.push({
      start: first?.start ?? 0,
      end: first?.start ?? 0,
      code: 'no-title',
      message: 'The story has no title line; it is named after its first sentence.',
    });
  }
  diagnostics.sort((a, b) => a.start - b.start);
  return {
    kind: 'article',
    title: found?.title ?? deriveTitle(paragraphs[0]?.text ?? ''),
    ...(found === undefined ? {} : { titleSpan: found.titleSpan }),
    speakers: people.speakers,
    paragraphs,
    diagnostics,
  };
}
