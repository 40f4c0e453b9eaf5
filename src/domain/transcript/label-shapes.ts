import { isTimestamp, timestampSource } from './timestamps';
import type { Span } from '../types';

// The written shapes of a speaker label, as patterns, and how one written label is read into its
// name, notes and timestamp. labels.ts finds labels in an input with them.

const maxLabelWords = 12;
export const maxLabelLength = 120;
export const maxLineLength = 120;

// A label word starts with a capital letter (or "&"); lower-case joining words ("of", "de") may
// sit between capitalised ones, and a dash between parts of a long title. Separators allow tabs
// and no-break spaces because pages copied as text carry both.
export const space = String.raw`[ \t\u00a0]`;
export const capital = String.raw`[\p{Lu}&][\p{L}\p{M}\p{N}.'’&-]*`;
export const joiner = String.raw`(?:of|the|and|for|on|to|in|at|de|da|del|della|di|du|des|van|von|der|den|la|le|bin|al|el|y|ter|e|zu|dos|das)`;
export const token = String.raw`(?:${capital}|\p{N}{1,3}|${joiner}(?=(?:${space}+${joiner})?${space}+[\p{Lu}\p{N}])|[–—-]{1,2}(?=${space}))`;
export const nameSource = String.raw`${capital},?(?:${space}+${token},?)*`;
const notesSource = String.raw`(?:${space}*(?:\([^()\r\n]{1,60}\)|\[[^[\]\r\n]{1,60}\])){0,3}`;
// A clock before the name, never a time of day ("10:30 AM").
const leadSource = String.raw`(?:(?<lead>${timestampSource})(?!${space}*[AaPp]\.?[Mm]\b)${space}+)?`;
// A clock after a name alone on its line: bracketed, or set apart by a tab or two spaces.
const trailSource = String.raw`(?:(?:${space}*\t${space}*|${space}{2,}|${space}+(?=[[(]))(?<trail>${timestampSource}))?`;
const colonSource = String.raw`${space}*${leadSource}(?:(?<name>${nameSource})|\((?<alone>\p{Lu}[\p{L}\p{M} .'’-]{0,40})\))(?<notes>${notesSource})${space}*:(?=\s|$)`;
const lineSource = String.raw`${space}*${leadSource}(?<name>${nameSource})(?<notes>${notesSource})${trailSource}${space}*(?=[\r\n]|$)`;
// Each pattern twice: the plain one finds labels; the one with indices ("d") takes apart a written
// form seen for the first time. Indices cost an allocation a match, so only new forms pay it.
// (The finding patterns drop the group names, so that a match makes no groups object.)
export const unnamed = (source: string): string => source.replace(/\(\?<[a-z]+>/g, '(?:');
export const colonPattern = new RegExp(unnamed(colonSource), 'uy');
export const colonParts = new RegExp(colonSource, 'duy');
export const linePattern = new RegExp(unnamed(lineSource), 'uy');
export const lineParts = new RegExp(lineSource, 'duy');
export const notePattern = /\(([^()\r\n]*)\)|\[([^[\]\r\n]*)\]/g;

export const markPattern =
  /[ \t\u00a0]*[([][ \t\u00a0]*(?:(?:speaking|speaks)[ \t\u00a0]+)?(?:(?:through|via|by|in)[ \t\u00a0]+(?:an?[ \t\u00a0]+|the[ \t\u00a0]+)?(?:translators?|interpreters?|translation|interpretation)|as[ \t\u00a0]+(?:interpreted|translated)|interpreted|translated)[ \t\u00a0]*[.]?[)\]](?:[ \t\u00a0]*:)?/iy;

const interpretedNote = /translat|interpret/i;
// Lower-case words that belong to names ("Ursula von", "bin Salman") and keep a label upper case.
const nameParticles = new Set(
  'de da del della di du des van von der den la le bin al el y ter e zu dos das'.split(' '),
);
const lowerCaseLetter = /\p{Ll}/u;
const upperCaseLetter = /\p{Lu}/u;
// Notes that say how or whether someone was heard, not who they are.
const channelNote =
  /^(?:via|by|on|over|from)\b|\b(?:telephone|phone|video|remote|remotely|virtual|virtually|off[- ]?mic|inaudible|continuing|continued|cont'?d|cont)\b/i;

/** Whether a label's bracketed note says the speech was interpreted. */
function isInterpretationNote(note: string): boolean {
  return interpretedNote.test(note);
}

// Where a line's first character is, when it may open a label (a capital, "(", "[" or a digit
// for a timestamp), else -1. Checked with character codes, so that lines of speech cost little.
export function labelStart(input: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const code = input.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 160) break;
    index++;
  }
  if (index >= end) return -1;
  const first = input.charCodeAt(index);
  const opens =
    first === 40 ||
    first === 91 ||
    (first >= 65 && first <= 90) ||
    (first >= 48 && first <= 57) ||
    (first > 127 && upperCaseLetter.test(input[index] ?? ''));
  return opens ? index : -1;
}

/** What a written label says, apart from where it stands; read once per written form. */
export interface LabelShape {
  label: string;
  name: string;
  note?: string;
  details?: string;
  interpreted: boolean;
  mixedCase: boolean;
  /** Offsets into the written form: where the label starts and ends, where a timestamp stands. */
  start: number;
  end: number;
  timestamp?: Span;
}

const normaliseSpace = (text: string): string => text.replace(/[ \t\u00a0]+/g, ' ').trim();

type Indices = Partial<Record<string, [number, number]>>;

// Reads the bracketed notes of a label: interpretation marks, timestamps, who the speaker is.
function readNotes(shape: LabelShape, notes: string, offset: number): void {
  for (const match of notes.matchAll(notePattern)) {
    const inner = (match[1] ?? match[2] ?? '').trim();
    if (isTimestamp(match[0], true)) {
      const at = offset + match.index;
      shape.timestamp ??= { start: at, end: at + match[0].length };
      continue;
    }
    shape.note ??= inner;
    if (isInterpretationNote(inner)) shape.interpreted = true;
    else if (shape.details === undefined && upperCaseLetter.test(inner) && !channelNote.test(inner))
      shape.details = inner;
  }
}

// Reads what a matched label says (offsets relative to the match); undefined when the match is no
// label after all.
export function readShape(match: RegExpExecArray, colonForm: boolean): LabelShape | undefined {
  const groups = match.groups ?? {};
  const indices = (match.indices?.groups ?? {}) as Indices;
  const base = match.index;
  const alone = groups.alone;
  const name = normaliseSpace(alone === undefined ? (groups.name ?? '') : `(${alone})`);
  if (name.length === 0 || name.length > maxLabelLength) return undefined;
  if (/[,–—-]$/.test(name)) return undefined;
  // "(THROUGH TRANSLATOR):" alone is the mid-turn mark, not a speaker.
  if (alone !== undefined && isInterpretationNote(alone)) return undefined;
  const words = name.split(' ');
  let capitalised = 0;
  for (const word of words) if (upperCaseLetter.test(word.charAt(0))) capitalised++;
  if (capitalised > maxLabelWords || words.length > maxLabelWords * 2) return undefined;
  const mixedCase = words.some((word) => lowerCaseLetter.test(word) && !nameParticles.has(word));
  if (alone !== undefined && mixedCase) return undefined;
  const nameSpan = indices.name ?? indices.alone ?? [base, base];
  // The alone form's span starts at its bracket.
  const start = (alone === undefined ? nameSpan[0] : nameSpan[0] - 1) - base;
  const notesSpan = indices.notes ?? [nameSpan[1], nameSpan[1]];
  const written = match[0];
  const shape: LabelShape = {
    label: name,
    name,
    interpreted: false,
    mixedCase,
    start,
    // A colon label ends just after its colon; a name line after its name and notes.
    end: colonForm ? written.length : notesSpan[1] - base,
  };
  const lead = indices.lead;
  if (lead !== undefined) shape.timestamp = { start: lead[0] - base, end: lead[1] - base };
  const trail = indices.trail;
  if (trail !== undefined) shape.timestamp = { start: trail[0] - base, end: trail[1] - base };
  const notes = groups.notes ?? '';
  if (notes.length > 0) {
    const inNotes = shape.timestamp === undefined;
    readNotes(shape, notes, notesSpan[0] - base);
    let through = written.slice(start, notesSpan[1] - base);
    const stamp = shape.timestamp;
    if (inNotes && stamp !== undefined) {
      through = written.slice(start, stamp.start) + written.slice(stamp.end, notesSpan[1] - base);
    }
    shape.label = normaliseSpace(through);
  }
  return shape;
}
