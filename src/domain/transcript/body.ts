import type { LabelCandidate } from './labels';
import { readTranslatorMark } from './labels';
import { isStageDirection, readLanguageNote } from './stage-directions';
import type { LineIndex } from './text';
import { isSpaceCode } from './text';
import type { Mention, Paragraph } from '../types';

/** A turn as read from the text: its label and its paragraphs (their mentions not yet found). */
export interface RawTurn {
  label: LabelCandidate;
  /** The label carries a translator note, or the speech opens with a translator mark. */
  interpreted: boolean;
  paragraphs: Paragraph[];
}

/**
 * The mentions of a paragraph that has none, shared by all such paragraphs: a long briefing has tens
 * of thousands, and one list for them all spares as many objects. Frozen, so that nothing adds to it
 * (a list with mentions is always a paragraph's own).
 */
export const noMentions: Mention[] = Object.freeze([]) as unknown as Mention[];

// Whether the text before `at` (within a paragraph from `start`) ends a sentence: ". (in French)".
function endsSentence(input: string, start: number, at: number): boolean {
  let index = at;
  while (index > start && isSpaceCode(input.charCodeAt(index - 1))) index--;
  if (index === at || index === start) return false;
  const code = input.charCodeAt(index - 1);
  return code === 46 || code === 63 || code === 33 || code === 58;
}

// A paragraph can be a stage direction or a clock line only if it opens with "(", "[", a digit,
// or the "END"/"BEGIN" of "END 2:47 P.M.": other paragraphs are ruled out without reading them.
function mayBeStage(input: string, at: number): boolean {
  const code = input.charCodeAt(at);
  if (code === 40 || code === 91 || (code >= 48 && code <= 57)) return true;
  // Lower-cased by setting the 32 bit: "E"/"e", then "n", "d".
  const lower = code | 32;
  if (lower === 101) {
    return (input.charCodeAt(at + 1) | 32) === 110 && (input.charCodeAt(at + 2) | 32) === 100;
  }
  return (
    lower === 98 &&
    (input.charCodeAt(at + 1) | 32) === 101 &&
    (input.charCodeAt(at + 2) | 32) === 103 &&
    (input.charCodeAt(at + 3) | 32) === 105 &&
    (input.charCodeAt(at + 4) | 32) === 110
  );
}

const isBlankRange = (input: string, start: number, end: number): boolean => {
  for (let index = start; index < end; index++) {
    const code = input.charCodeAt(index);
    // Printable ASCII first: most lines are decided by their first character.
    if ((code > 32 && code < 127) || !isSpaceCode(code)) return false;
  }
  return true;
};

// Paragraphs are separated by blank lines when the text uses them (then a paragraph may wrap over
// several lines); a text with no blank lines between turns has one paragraph per line.
// (The count of labels is known, so the reading stops as soon as the gaps decide.)
function usesBlankLines(input: string, index: LineIndex, labelled: number, from: number): boolean {
  let gaps = 0;
  let previousBlank = false;
  for (let line = from; line < index.starts.length; line++) {
    const blank = isBlankRange(input, index.starts[line] ?? 0, index.ends[line] ?? 0);
    if (blank && !previousBlank) {
      gaps++;
      if (gaps * 2 >= labelled) return true;
    }
    previousBlank = blank;
  }
  return false;
}

/**
 * Reads the turns from `firstLine` on, in one pass over the lines. `labels[line]` holds the
 * accepted label starting that line, `labelled` how many there are. A "(THROUGH TRANSLATOR):" mark opens an interpreted paragraph
 * in the same turn; a paragraph that is only "(CROSSTALK)" or the like is a stage direction.
 */
export function readTurns(
  input: string,
  index: LineIndex,
  labels: readonly (LabelCandidate | undefined)[],
  firstLine: number,
  labelled: number,
): RawTurn[] {
  const wraps = usesBlankLines(input, index, labelled, firstLine);
  const turns: RawTurn[] = [];
  let turn: RawTurn | undefined;
  // The paragraph being read, as plain numbers: no object until it is complete.
  let openStart = -1;
  let openEnd = -1;
  let openInterpreted = false;
  let markedNext = false;
  // One object a paragraph, built once with its text: a long briefing has tens of thousands.
  const add = (start: number, end: number, interpreted: boolean, stage: boolean) => {
    if (turn === undefined) return;
    const text = input.slice(start, end);
    turn.paragraphs.push({
      text,
      start,
      end,
      interpreted,
      stage: stage || (mayBeStage(input, start) && isStageDirection(text)),
      mentions: noMentions,
    });
  };
  // The next "(" at or after a position, found once for all paragraphs in order.
  let bracket = -2;
  const push = (paragraphStart: number, end: number, interpreted: boolean) => {
    // "Thank you. (Speaks in Finnish) The agreement...": a note of the language after a sentence
    // is a stage direction of its own, between two paragraphs.
    let start = paragraphStart;
    let from = start + 1;
    while (bracket !== -1) {
      if (bracket < from) bracket = input.indexOf('(', from);
      if (bracket === -1 || bracket >= end) break;
      const at = bracket;
      from = at + 1;
      const note = endsSentence(input, start, at) ? readLanguageNote(input, at, end) : -1;
      if (note === -1) continue;
      let rest = note;
      while (rest < end && isSpaceCode(input.charCodeAt(rest))) rest++;
      let before = at;
      while (before > start && isSpaceCode(input.charCodeAt(before - 1))) before--;
      add(start, before, interpreted, false);
      add(at, note, interpreted, true);
      if (rest >= end) return;
      start = rest;
      from = rest + 1;
    }
    add(start, end, interpreted, false);
  };
  const close = () => {
    if (openStart !== -1) push(openStart, openEnd, openInterpreted);
    openStart = -1;
  };
  const begin = (start: number, end: number, marked: boolean) => {
    let from = start;
    let to = end;
    while (from < to && isSpaceCode(input.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(input.charCodeAt(to - 1))) to--;
    if (to === from) {
      // A mark or label with nothing after it on its line marks the next paragraph.
      markedNext ||= marked;
      return;
    }
    const interpreted = (turn?.interpreted ?? false) || marked || markedNext;
    // "(in French) Bonjour...": the note of the language is a stage direction of its own.
    const note = readLanguageNote(input, from, to);
    if (note !== -1) {
      let rest = note;
      while (rest < to && isSpaceCode(input.charCodeAt(rest))) rest++;
      if (rest < to) {
        add(from, note, interpreted, true);
        from = rest;
      }
    }
    openStart = from;
    openEnd = to;
    openInterpreted = interpreted;
    markedNext = false;
  };
  for (let line = firstLine; line < index.starts.length; line++) {
    const lineStart = index.starts[line] ?? 0;
    const lineEnd = index.ends[line] ?? 0;
    const label = labels[line];
    if (label !== undefined) {
      close();
      markedNext = false;
      turn = { label, interpreted: label.interpreted, paragraphs: [] };
      turns.push(turn);
      let at = label.span.end;
      const stamp = label.timestamp;
      if (stamp !== undefined && stamp.start >= at) at = stamp.end;
      const mark = readTranslatorMark(input, at, lineEnd);
      // "JANE ROE: (through interpreter) Thank you.": the mark after the colon marks the turn.
      if (mark !== undefined) turn.interpreted = true;
      begin(mark?.end ?? at, lineEnd, mark !== undefined);
      if (!wraps) close();
      continue;
    }
    let from = lineStart;
    while (from < lineEnd && isSpaceCode(input.charCodeAt(from))) from++;
    if (from === lineEnd) {
      close();
      continue;
    }
    const first = input.charCodeAt(from);
    // A translator mark opens with a bracket after the spaces; no other line can hold one.
    const mark =
      first === 40 || first === 91 ? readTranslatorMark(input, lineStart, lineEnd) : undefined;
    if (mark !== undefined) {
      close();
      // A mark that opens the turn's speech marks the whole turn.
      if (turn?.paragraphs.length === 0) turn.interpreted = true;
      begin(mark.end, lineEnd, true);
      if (!wraps) close();
      continue;
    }
    let to = lineEnd;
    while (to > from && isSpaceCode(input.charCodeAt(to - 1))) to--;
    const breaks =
      mayBeStage(input, from) &&
      (isStageDirection(input.slice(from, to)) || readLanguageNote(input, from, to) !== -1);
    if (!wraps || breaks || openStart === -1) {
      close();
      begin(from, to, false);
      if (!wraps || breaks) close();
      continue;
    }
    openEnd = to;
  }
  close();
  return turns;
}
