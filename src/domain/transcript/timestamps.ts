import type { Span } from '../types';

// A recording's clock beside a label: "(00:12)", "[00:01:02]", "0:12", "01:02:03.5". A time of day
// ("10:30 a.m.") is not one.
const clock = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/** The source of a timestamp as it stands beside a label, bracketed or bare. */
export const timestampSource = String.raw`(?:\[${clock}\]|\(${clock}\)|${clock})`;

const bracketed = new RegExp(String.raw`^(?:\[${clock}\]|\(${clock}\))$`);
const bare = new RegExp(String.raw`^${clock}$`);
const atPattern = new RegExp(String.raw`[ \t\u00a0]*(?:\[${clock}\]|\(${clock}\)|${clock})`, 'y');
const dayTime = /^[ \t\u00a0]*(?:[ap]\.?m\b|[ap]\.m\.)/i;

/** Whether a text is a timestamp alone: "(00:12)", "[00:01:02]", "0:12". */
export function isTimestamp(text: string, bracketedOnly = false): boolean {
  return bracketed.test(text) || (!bracketedOnly && bare.test(text));
}

/**
 * Reads a timestamp at `start` of `input` (after spaces) that ends before `end` and is followed by
 * white space or the end: the span of the clock, or undefined. A clock followed by "a.m."/"p.m." is a
 * time of day and is not read.
 */
export function readTimestampAt(input: string, start: number, end: number): Span | undefined {
  atPattern.lastIndex = start;
  const match = atPattern.exec(input);
  if (match === null) return undefined;
  const stop = match.index + match[0].length;
  if (stop > end) return undefined;
  const next = input.charCodeAt(stop);
  if (stop < end && next !== 32 && next !== 9 && next !== 160) return undefined;
  if (dayTime.test(input.slice(stop, Math.min(end, stop + 8)))) return undefined;
  let from = start;
  while (from < stop) {
    const code = input.charCodeAt(from);
    if (code !== 32 && code !== 9 && code !== 160) break;
    from++;
  }
  return { start: from, end: stop };
}
