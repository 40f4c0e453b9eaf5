import { readTimestampAt, isTimestamp, timestampSource } from './timestamps';
import type { Span } from '../types';

/**
 * How a label is written: `colon` ("SEC. RUIZ:"), `line` (a name alone on its line, no colon),
 * `question` ("Q    Why?", "Q. Why?") or `answer` ("A    Because.").
 */
export type LabelForm = 'colon' | 'line' | 'question' | 'answer';

/** A speaker label found at the start of a line, before deciding whether to accept it. */
export interface LabelCandidate {
  /** The label as written, without its colon, timestamp and surrounding space: "Q (THROUGH TRANSLATOR)". */
  label: string;
  /** The label without its bracketed notes: "Q", "MIN. JANSSEN", "(UNKNOWN)". */
  name: string;
  /** The first bracketed note after the name, if any: "THROUGH TRANSLATOR". */
  note: string | undefined;
  /** A note that says who the speaker is or is with: "Reuters", "NATO Spokesperson", "D-CA". */
  details: string | undefined;
  /** A note says the words were interpreted. */
  interpreted: boolean;
  /** Has words in lower case other than name particles: accepted only on further evidence. */
  mixedCase: boolean;
  form: LabelForm;
  /** From the first character of the label to just after its colon (or its last character). */
  span: Span;
  /** Where a recording's timestamp beside the label stands: metadata, never speech. */
  timestamp: Span | undefined;
}

const maxLabelWords = 12;
const maxLabelLength = 120;
const maxLineLength = 120;

// A label word starts with a capital letter (or "&"); lower-case joining words ("of", "de") may
// sit between capitalised ones, and a dash between parts of a long title. Separators allow tabs
// and no-break spaces because pages copied as text carry both.
const space = String.raw`[ \t\u00a0]`;
const capital = String.raw`[\p{Lu}&][\p{L}\p{M}\p{N}.'’&-]*`;
const joiner = String.raw`(?:of|the|and|for|on|to|in|at|de|da|del|della|di|du|des|van|von|der|den|la|le|bin|al|el|y|ter|e|zu|dos|das)`;
const token = String.raw`(?:${capital}|\p{N}{1,3}|${joiner}(?=(?:${space}+${joiner})?${space}+[\p{Lu}\p{N}])|[–—-]{1,2}(?=${space}))`;
const nameSource = String.raw`${capital},?(?:${space}+${token},?)*`;
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
const unnamed = (source: string): string => source.replace(/\(\?<[a-z]+>/g, '(?:');
const colonPattern = new RegExp(unnamed(colonSource), 'uy');
const colonParts = new RegExp(colonSource, 'duy');
const linePattern = new RegExp(unnamed(lineSource), 'uy');
const lineParts = new RegExp(lineSource, 'duy');
const notePattern = /\(([^()\r\n]*)\)|\[([^[\]\r\n]*)\]/g;

const markPattern =
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
export function isInterpretationNote(note: string): boolean {
  return interpretedNote.test(note);
}

// Where a line's first character is, when it may open a label (a capital, "(", "[" or a digit
// for a timestamp), else -1. Checked with character codes, so that lines of speech cost little.
function labelStart(input: string, start: number, end: number): number {
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
interface LabelShape {
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
function readShape(match: RegExpExecArray, colonForm: boolean): LabelShape | undefined {
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

/**
 * Reads the labels of the lines of one input, remembering the forms it has read: transcripts repeat
 * a handful of labels thousands of times. Most lines start with a capital, so each would search for
 * a colon; the reader remembers the next colon instead, which keeps reading every line of a long
 * input to one pass over its colons.
 */
export function createLabelReader(
  input: string,
): (start: number, end: number) => LabelCandidate | undefined {
  const shapes = new Map<string, LabelShape | null>();
  const maxShapes = 4096;
  // `colon` is the first colon at or after `searchedFrom` (the input's length when there is none).
  let searchedFrom = 0;
  let colon = -1;

  // `at` and `stop` bound a match of the finding pattern; its text keys the shape.
  const shapeOf = (at: number, stop: number, colonForm: boolean): LabelShape | null => {
    const written = input.slice(at, stop);
    const key = colonForm ? written : `\n${written}`;
    let shape = shapes.get(key);
    if (shape === undefined) {
      const parts = colonForm ? colonParts : lineParts;
      parts.lastIndex = at;
      const indexed = parts.exec(input);
      shape = (indexed === null ? undefined : readShape(indexed, colonForm)) ?? null;
      if (shapes.size >= maxShapes) shapes.clear();
      shapes.set(key, shape);
    }
    return shape;
  };

  // Every field set at once, in one order: candidates of one shape keep the reading fast.
  const candidateOf = (shape: LabelShape, at: number, form: LabelForm): LabelCandidate => ({
    label: shape.label,
    name: shape.name,
    note: shape.note,
    details: shape.details,
    interpreted: shape.interpreted,
    mixedCase: shape.mixedCase,
    form,
    span: { start: at + shape.start, end: at + shape.end },
    timestamp:
      shape.timestamp === undefined
        ? undefined
        : { start: at + shape.timestamp.start, end: at + shape.timestamp.end },
  });

  // test() rather than exec(): the finding needs where a match ends, not a match object.
  const readColon = (start: number, end: number): LabelCandidate | undefined => {
    colonPattern.lastIndex = start;
    if (!colonPattern.test(input) || colonPattern.lastIndex > end) return undefined;
    const shape = shapeOf(start, colonPattern.lastIndex, true);
    if (shape === null) return undefined;
    const candidate = candidateOf(shape, start, 'colon');
    // "Jane Roe: (00:12)": a timestamp after the colon is metadata too.
    if (candidate.timestamp === undefined && opensTimestamp(input, candidate.span.end, end)) {
      candidate.timestamp = readTimestampAt(input, candidate.span.end, end);
    }
    return candidate;
  };

  const readLine = (start: number, end: number, first: number): LabelCandidate | undefined => {
    let to = end;
    while (to > first && isSpace(input.charCodeAt(to - 1))) to--;
    if (to - first > maxLineLength) return undefined;
    const last = input.charCodeAt(to - 1);
    // A sentence ends in punctuation; a name line does not.
    if (last === 46 || last === 44 || last === 59 || last === 33 || last === 63 || last === 58) {
      return undefined;
    }
    linePattern.lastIndex = start;
    if (!linePattern.test(input) || linePattern.lastIndex !== end) return undefined;
    const shape = shapeOf(start, end, false);
    return shape === null ? undefined : candidateOf(shape, start, 'line');
  };

  return (start, end) => {
    const first = labelStart(input, start, end);
    if (first === -1) return undefined;
    const code = input.charCodeAt(first);
    // "Q    Thank you." / "Q. So..." / "A    Yes.": the letter alone, then the speech.
    const letter =
      (code === 81 || code === 65) && first + 1 < end
        ? readLetter(input, first, end, code === 81 ? 'question' : 'answer')
        : undefined;
    const from = first + 1;
    if (from < searchedFrom || from > colon) {
      const found = input.indexOf(':', from);
      colon = found === -1 ? input.length : found;
      searchedFrom = from;
    }
    if (colon < Math.min(end, first + maxLabelLength + 64)) {
      const candidate = readColon(start, end);
      // "Q (THROUGH TRANSLATOR):" is a colon label; "Q Mr. Secretary: ..." is the letter.
      if (candidate !== undefined && (letter === undefined || candidate.name.length === 1)) {
        return candidate;
      }
    }
    return letter ?? readLine(start, end, first);
  };
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 160;

// Whether what follows a label, after spaces, may be a timestamp: a bracket or a digit.
function opensTimestamp(input: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && isSpace(input.charCodeAt(index))) index++;
  const code = input.charCodeAt(index);
  return index < end && (code === 40 || code === 91 || (code >= 48 && code <= 57));
}

// "Q", "Q." or "A", "A." followed by the speech on the same line, with no colon.
function readLetter(
  input: string,
  at: number,
  end: number,
  form: 'question' | 'answer',
): LabelCandidate | undefined {
  let index = at + 1;
  const dotted = input.charCodeAt(index) === 46;
  if (dotted) index++;
  let spaces = 0;
  let tab = false;
  while (index < end && isSpace(input.charCodeAt(index))) {
    if (input.charCodeAt(index) !== 32) tab = true;
    spaces++;
    index++;
  }
  if (spaces === 0 || index >= end) return undefined;
  // "A lot of..." is a sentence: an answer letter needs a period, a tab or a wide gap.
  if (form === 'answer' && !dotted && !tab && spaces < 2) return undefined;
  const letter = input.charAt(at);
  return {
    label: dotted ? `${letter}.` : letter,
    name: letter,
    note: undefined,
    details: undefined,
    interpreted: false,
    mixedCase: false,
    form,
    span: { start: at, end: at + (dotted ? 2 : 1) },
    timestamp: undefined,
  };
}

/** Reads a speaker label at the start of the line `[start, end)` of `input`, if one is there. */
export function readLabelCandidate(
  input: string,
  start: number,
  end: number,
): LabelCandidate | undefined {
  return createLabelReader(input)(start, end);
}

/**
 * Reads a translator mark such as "(THROUGH TRANSLATOR):" or "(via interpretation)" at `start` (any
 * case, after spaces) and returns the span of the mark, or undefined. The mark opens an interpreted
 * paragraph.
 */
export function readTranslatorMark(input: string, start: number, end: number): Span | undefined {
  let index = start;
  // Spaces, tabs and no-break spaces, by character code: this runs on every line of a briefing.
  for (let code = input.charCodeAt(index); index < end; code = input.charCodeAt(index)) {
    if (code !== 32 && code !== 9 && code !== 160) break;
    index++;
  }
  const first = input.charCodeAt(index);
  if (first !== 40 && first !== 91) return undefined;
  markPattern.lastIndex = index;
  const match = markPattern.exec(input);
  if (match === null) return undefined;
  const markEnd = match.index + match[0].length;
  if (markEnd > end) return undefined;
  return { start: index, end: markEnd };
}
