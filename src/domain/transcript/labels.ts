import { readTimestampAt } from './timestamps';
import type { Span } from '../types';
import {
  colonParts,
  colonPattern,
  labelStart,
  lineParts,
  linePattern,
  markPattern,
  maxLabelLength,
  maxLineLength,
  readShape,
  type LabelShape,
} from './label-shapes';

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
