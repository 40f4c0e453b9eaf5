import type { Span } from '../types';

/** A speaker label found at the start of a line, before deciding whether to accept it. */
export interface LabelCandidate {
  /** The label as written, without its colon and surrounding space: "Q (THROUGH TRANSLATOR)". */
  label: string;
  /** The label without its parenthesised note: "Q", "MIN. JANSSEN", "(UNKNOWN)". */
  name: string;
  /** The parenthesised note after the name, if any: "THROUGH TRANSLATOR". */
  note?: string;
  /** The note says the words were interpreted. */
  interpreted: boolean;
  /** Written in mixed case ("Rumsfeld"): accepted only on further evidence (see acceptLabels). */
  mixedCase: boolean;
  /** From the first character of the label to just after its colon. */
  span: Span;
}

const maxLabelWords = 12;
const maxLabelLength = 100;
const maxMixedCaseWords = 3;

// A label word starts with a capital letter (or "&"); name particles such as "de" may sit inside.
// Separators allow tabs and no-break spaces because pages copied as text carry both.
const word = String.raw`[\p{Lu}&][\p{L}\p{M}.'’&-]*`;
const particle = String.raw`(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el|y|ter)`;
const gap = String.raw`[ \t\u00a0]+`;
const labelPattern = new RegExp(
  String.raw`[ \t\u00a0]*(?<name>${word}(?:${gap}(?:${word}|${particle}(?=${gap}\p{Lu})))*|\((?<alone>\p{Lu}[\p{L}\p{M} .'’-]{0,40})\))` +
    String.raw`(?:[ \t\u00a0]*\((?<note>[^()\r\n]{1,60})\))?[ \t\u00a0]*:(?=\s|$)`,
  'uy',
);

const markPattern =
  /[ \t\u00a0]*\([ \t\u00a0]*(?:through|via|by)[ \t\u00a0]+(?:an?[ \t\u00a0]+)?(?:translator|interpreter|translation|interpretation)[ \t\u00a0]*\)[ \t\u00a0]*:?/iy;

const interpretedNote = /translat|interpret/i;
const lowerCaseLetter = /\p{Ll}/u;
const particleWord = new RegExp(String.raw`^${particle}$`, 'u');

/** Whether a label's parenthesised note says the speech was interpreted. */
export function isInterpretationNote(note: string): boolean {
  return interpretedNote.test(note);
}

const upperCaseLetter = /\p{Lu}/u;
const labelReach = maxLabelLength + 64;

// Most lines are speech: a label needs a capital or "(" first and a colon soon after. Checked
// with character codes, so that lines without labels cost little. Gives where the label's first
// character is, or -1.
function labelStart(input: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const code = input.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 160) break;
    index++;
  }
  if (index >= end) return -1;
  const first = input.charCodeAt(index);
  const capital =
    first === 40 ||
    (first >= 65 && first <= 90) ||
    (first > 127 && upperCaseLetter.test(input[index] ?? ''));
  return capital ? index : -1;
}

type LabelShape = Omit<LabelCandidate, 'span'> & { indent: number };

// Reads what a matched label says; undefined when the match is no label after all.
function readShape(written: string, groups: Record<string, string | undefined>) {
  const alone = groups.alone;
  const name = alone === undefined ? (groups.name ?? '') : `(${alone})`;
  if (name.length === 0 || name.length > maxLabelLength) return undefined;
  // "(THROUGH TRANSLATOR):" alone is the mid-turn mark, not a speaker.
  if (alone !== undefined && isInterpretationNote(alone)) return undefined;
  const words = name.split(/[ \t\u00a0]+/);
  if (words.length > maxLabelWords) return undefined;
  const mixedCase = words.some((w) => lowerCaseLetter.test(w) && !particleWord.test(w));
  if (mixedCase && (words.length > maxMixedCaseWords || alone !== undefined)) return undefined;
  const note = groups.note?.trim();
  const indent = written.length - written.replace(/^[ \t\u00a0]+/, '').length;
  const shape: LabelShape = {
    label: written
      .slice(indent, -1)
      .replace(/[ \t\u00a0]+$/, '')
      .replace(/[ \t\u00a0]+/g, ' '),
    name: name.replace(/[ \t\u00a0]+/g, ' '),
    interpreted: note !== undefined && isInterpretationNote(note),
    mixedCase,
    indent,
  };
  if (note !== undefined && note.length > 0) shape.note = note;
  return shape;
}

// Transcripts repeat a handful of labels thousands of times: a reader of one input reads each
// written form once, and keeps what it read in `shapes`.
type ShapeMemo = Map<string, LabelShape | null>;
const maxShapes = 4096;

// Matches a label at `start` once the cheap checks have passed.
function matchLabel(
  input: string,
  start: number,
  end: number,
  shapes: ShapeMemo,
): LabelCandidate | undefined {
  labelPattern.lastIndex = start;
  const match = labelPattern.exec(input);
  if (match === null || match.index + match[0].length > end) return undefined;
  const written = match[0];
  let shape = shapes.get(written);
  if (shape === undefined) {
    shape = readShape(written, match.groups ?? {}) ?? null;
    if (shapes.size >= maxShapes) shapes.clear();
    shapes.set(written, shape);
  }
  if (shape === null) return undefined;
  const candidate: LabelCandidate = {
    label: shape.label,
    name: shape.name,
    interpreted: shape.interpreted,
    mixedCase: shape.mixedCase,
    span: { start: match.index + shape.indent, end: match.index + written.length },
  };
  if (shape.note !== undefined) candidate.note = shape.note;
  return candidate;
}

/** Reads a speaker label at the start of the line `[start, end)` of `input`, if one is there. */
export function readLabelCandidate(
  input: string,
  start: number,
  end: number,
): LabelCandidate | undefined {
  const first = labelStart(input, start, end);
  if (first === -1) return undefined;
  // A bounded search: one line alone must not send indexOf through the rest of the input.
  const stop = Math.min(end, first + labelReach);
  let at = first + 1;
  while (at < stop && input.charCodeAt(at) !== 58) at++;
  return at < stop ? matchLabel(input, start, end, new Map()) : undefined;
}

/**
 * Gives readLabelCandidate for the lines of one input. Most lines start with a capital, so each
 * would search for a colon; the reader remembers the next colon instead, which keeps reading every
 * line of a long input to one pass over its colons.
 */
export function createLabelReader(
  input: string,
): (start: number, end: number) => LabelCandidate | undefined {
  // `colon` is the first colon at or after `searchedFrom` (the input's length when there is none).
  let searchedFrom = 0;
  let colon = -1;
  const shapes: ShapeMemo = new Map();
  return (start, end) => {
    const first = labelStart(input, start, end);
    if (first === -1) return undefined;
    const from = first + 1;
    if (from < searchedFrom || from > colon) {
      const found = input.indexOf(':', from);
      colon = found === -1 ? input.length : found;
      searchedFrom = from;
    }
    if (colon >= Math.min(end, first + labelReach)) return undefined;
    return matchLabel(input, start, end, shapes);
  };
}

/**
 * Reads a translator mark such as "(THROUGH TRANSLATOR):" at `start` (any case, "interpreter" too)
 * and returns the span of the mark, or undefined. The mark opens an interpreted paragraph.
 */
export function readTranslatorMark(input: string, start: number, end: number): Span | undefined {
  let index = start;
  // Spaces, tabs and no-break spaces, by character code: this runs on every line of a briefing.
  for (let code = input.charCodeAt(index); index < end; code = input.charCodeAt(index)) {
    if (code !== 32 && code !== 9 && code !== 160) break;
    index++;
  }
  if (input.charCodeAt(index) !== 40) return undefined;
  markPattern.lastIndex = index;
  const match = markPattern.exec(input);
  if (match === null) return undefined;
  const markEnd = match.index + match[0].length;
  if (markEnd > end) return undefined;
  return { start: index, end: markEnd };
}

// Mixed-case words that begin sentences rather than name speakers ("Note:", "Thanks:").
const sentenceWords = new Set(
  [
    'thank',
    'thanks',
    'well',
    'yes',
    'no',
    'so',
    'and',
    'but',
    'now',
    'first',
    'second',
    'third',
    'finally',
    'again',
    'look',
    'here',
    'there',
    'this',
    'that',
    'it',
    'i',
    'we',
    'you',
    'they',
    'note',
    'example',
    'quote',
    'okay',
    'ok',
    'update',
    'correction',
    'editor',
    'source',
    'subject',
    're',
    'answer',
  ].map((text) => text.toLowerCase()),
);

// Role words that name a speaker even when written once in mixed case.
const roleLabels = new Set([
  'q',
  'question',
  'questioner',
  'reporter',
  'journalist',
  'audience',
  'audience member',
  'moderator',
  'staff',
  'unknown',
  'unidentified',
  'unidentified speaker',
  'interpreter',
  'translator',
  'operator',
  'participant',
  'voice',
]);

/**
 * Decides which mixed-case candidates are labels. Upper-case labels always are. A mixed-case one
 * is accepted when it is a role word ("Moderator"), when the same form is used at least twice, or
 * when the document already uses mixed-case labels that passed one of those tests.
 */
export function acceptLabels(candidates: readonly (LabelCandidate | undefined)[]): boolean[] {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate?.mixedCase !== true) continue;
    counts.set(candidate.name, (counts.get(candidate.name) ?? 0) + 1);
  }
  const firstWord = (name: string): string => (name.split(' ')[0] ?? '').toLowerCase();
  const isRole = (name: string): boolean => roleLabels.has(name.toLowerCase());
  const isStrong = (name: string): boolean =>
    isRole(name) || ((counts.get(name) ?? 0) >= 2 && !sentenceWords.has(firstWord(name)));
  const usesMixedCase = [...counts.keys()].some(isStrong);
  return candidates.map((candidate) => {
    if (candidate === undefined) return false;
    if (!candidate.mixedCase) return true;
    if (isStrong(candidate.name)) return true;
    return usesMixedCase && !sentenceWords.has(firstWord(candidate.name));
  });
}
