import type { Span } from '../types';

/** A paragraph before it is classified: its trimmed span, and whether it came from a list line. */
export interface RawParagraph extends Span {
  list: boolean;
}

/** The title as found: its text, where that text stands, and where the title's line ends. */
export interface FoundTitle {
  title: string;
  titleSpan: Span;
  lineEnd: number;
}

const lineBreak = /\r\n|\r|\n/g;
const blankLine = /^\s*$/;
const heading = /^\s*#{1,6}[ \t\u00a0]+/;
// "- ", "* ", "• ", "1. ", "1) " (and a few other bullets) followed by some content.
const listMarker = /^[ \t\u00a0]*(?:[-*•‣◦–]|\d{1,3}[.)])[ \t\u00a0]+\S/u;
const indented = /^[ \t\u00a0]/;
const sentenceBreak = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;
const documentPrefix =
  /^([\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,4})[ \t\u00a0]*:\s+(?=\S)/u;

// A title prefix names the kind of document ("News story:", "Oral statement to Parliament:"):
// every word of it must come from this vocabulary and one of them must name a kind of document,
// so "Libya: talks resume" keeps its first word.
const documentKinds = new Set([
  'story',
  'release',
  'speech',
  'statement',
  'article',
  'notice',
  'announcement',
  'news',
  'report',
  'briefing',
  'transcript',
  'interview',
  'letter',
  'editorial',
  'feature',
  'blog',
  'post',
  'opinion',
  'commentary',
  'analysis',
  'explainer',
  'readout',
  'communique',
  'communiqué',
  'op-ed',
  'factsheet',
  'bulletin',
  'advisory',
  'guidance',
  'correspondence',
  'consultation',
  'obituary',
]);
const documentModifiers = new Set([
  'press',
  'media',
  'oral',
  'written',
  'joint',
  'official',
  'government',
  'ministerial',
  'policy',
  'fact',
  'case',
  'study',
  'to',
  'by',
  'the',
  'of',
  'parliament',
  'sheet',
  'breaking',
  'local',
  'world',
]);

const isDocumentPrefix = (prefix: string): boolean => {
  const words = prefix.toLowerCase().split(/[ \t]+/);
  return (
    words.some((word) => documentKinds.has(word)) &&
    words.every((word) => documentKinds.has(word) || documentModifiers.has(word))
  );
};

/** Splits `text` from `from` to its end into lines (spans without their line breaks). */
export function splitLines(text: string, from = 0): Span[] {
  const lines: Span[] = [];
  lineBreak.lastIndex = from;
  let start = from;
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Narrows a span to its text without surrounding whitespace (empty spans stay where they start). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

const isBlank = (text: string, line: Span): boolean =>
  blankLine.test(text.slice(line.start, line.end));

/** True when the line opens a list item ("- ", "* ", "• ", "1. "). */
export function isListLine(line: string): boolean {
  return listMarker.test(line);
}

const stripPrefix = (text: string, span: Span): Span => {
  const match = documentPrefix.exec(text.slice(span.start, span.end));
  const prefix = match?.[1];
  if (match === null || prefix === undefined || !isDocumentPrefix(prefix)) return span;
  return { start: span.start + match[0].length, end: span.end };
};

// Without a heading mark, a first line is a title only when it stands alone and reads like one.
const readsLikeTitle = (line: string, nextIsBlank: boolean): boolean => {
  const trimmed = line.trim();
  return (
    nextIsBlank &&
    trimmed.length <= 150 &&
    !trimmed.endsWith(':') &&
    !isListLine(line) &&
    !sentenceBreak.test(trimmed)
  );
};

/**
 * Finds the title: a first heading line ("# …") or a first non-empty line that reads like a title,
 * without a document-kind prefix such as "News story:". Undefined when there is none.
 */
export function findTitle(text: string, lines: readonly Span[]): FoundTitle | undefined {
  const index = lines.findIndex((line) => !isBlank(text, line));
  const line = lines[index];
  if (line === undefined) return undefined;
  const raw = text.slice(line.start, line.end);
  const mark = heading.exec(raw);
  const next = lines[index + 1];
  if (mark === null && !readsLikeTitle(raw, next === undefined || isBlank(text, next))) {
    return undefined;
  }
  const content = trimSpan(text, { start: line.start + (mark?.[0].length ?? 0), end: line.end });
  if (content.end === content.start) return undefined;
  const titleSpan = stripPrefix(text, content);
  return { title: text.slice(titleSpan.start, titleSpan.end), titleSpan, lineEnd: line.end };
}

/**
 * Groups lines into paragraphs: blank lines separate paragraphs, and each list line starts its own
 * paragraph (an indented line after it continues the item).
 */
export function groupParagraphs(text: string, lines: readonly Span[]): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  const flush = (): void => {
    if (current !== undefined) paragraphs.push({ ...trimSpan(text, current), list: current.list });
    current = undefined;
  };
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    if (blankLine.test(raw)) {
      flush();
      continue;
    }
    const list = isListLine(raw);
    const continuesItem = current?.list === true && !list && indented.test(raw);
    if (current === undefined || list || (current.list && !continuesItem)) {
      flush();
      current = { start: line.start, end: line.end, list };
    } else {
      current.end = line.end;
    }
  }
  flush();
  return paragraphs;
}
