import type { Span } from '../types';

/** A passage of a result's text around its matches, for a result list. */
export interface Snippet {
  readonly text: string;
  /** The matches inside `text`, as offsets into it, in order. */
  readonly hits: readonly Span[];
  /** Text was left out before the passage. */
  readonly before: boolean;
  /** Text was left out after it. */
  readonly after: boolean;
}

/** About how long a snippet is, in characters. */
export const snippetLength = 240;

const isSpace = (character: string): boolean => /\s/u.test(character);

/** Moves `at` back to the start of the word it falls in (never before `floor`). */
function backToWordStart(text: string, at: number, floor: number): number {
  let position = at;
  while (position > floor && !isSpace(text.charAt(position - 1))) position -= 1;
  return position;
}

/** Moves `at` on to the end of the word it falls in (never past `ceiling`). */
function onToWordEnd(text: string, at: number, ceiling: number): number {
  let position = at;
  while (position < ceiling && !isSpace(text.charAt(position))) position += 1;
  return position;
}

/**
 * Cuts about `length` characters of `text` around its matches (`spans`, offsets into `text`, in
 * order): the stretch that holds the most of them, with some words before the first for context,
 * cut at word edges. The snippet's hits are offsets into the snippet.
 */
export function cutSnippet(text: string, spans: readonly Span[], length = snippetLength): Snippet {
  if (text.length <= length) {
    return {
      text,
      hits: spans.map(({ start, end }) => ({ start, end })),
      before: false,
      after: false,
    };
  }
  // The window starting at one of the matches that holds the most matches whole.
  let bestStart = spans[0]?.start ?? 0;
  let bestCount = 0;
  spans.forEach((span, first) => {
    let count = 0;
    for (let at = first; at < spans.length; at += 1) {
      const next = spans[at];
      if (next === undefined || next.end > span.start + length) break;
      count += 1;
    }
    if (count > bestCount) {
      bestCount = count;
      bestStart = span.start;
    }
  });
  // A quarter of the room goes before the first match, as context.
  const lead = Math.floor(length / 4);
  const from = backToWordStart(text, Math.max(0, bestStart - lead), 0);
  const to = onToWordEnd(text, Math.min(text.length, from + length), text.length);
  const hits = spans
    .filter((span) => span.start >= from && span.end <= to)
    .map((span) => ({ start: span.start - from, end: span.end - from }));
  return { text: text.slice(from, to), hits, before: from > 0, after: to < text.length };
}
