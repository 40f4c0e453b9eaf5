import type { LabelCandidate } from './labels';
import { readTranslatorMark } from './labels';
import { isStageDirection } from './stage-directions';
import type { LineIndex } from './text';
import { isSpaceCode } from './text';
import type { Span } from '../types';

/** A paragraph before topics are tagged: where it is and whether it was interpreted. */
export interface RawParagraph extends Span {
  interpreted: boolean;
  stage: boolean;
}

/** A turn as read from the text: its label and its paragraphs. */
export interface RawTurn {
  label: LabelCandidate;
  paragraphs: RawParagraph[];
}

const isBlankRange = (input: string, start: number, end: number): boolean => {
  for (let index = start; index < end; index++) {
    if (!isSpaceCode(input.charCodeAt(index))) return false;
  }
  return true;
};

// Paragraphs are separated by blank lines when the text uses them (then a paragraph may wrap over
// several lines); a text with no blank lines between turns has one paragraph per line.
function usesBlankLines(
  input: string,
  index: LineIndex,
  labels: readonly (LabelCandidate | undefined)[],
  from: number,
): boolean {
  let gaps = 0;
  let labelled = 0;
  let previousBlank = false;
  for (let line = from; line < index.starts.length; line++) {
    const blank = isBlankRange(input, index.starts[line] ?? 0, index.ends[line] ?? 0);
    if (blank && !previousBlank) gaps++;
    if (labels[line] !== undefined) labelled++;
    previousBlank = blank;
  }
  return gaps > 0 && gaps * 2 >= labelled;
}

/**
 * Reads the turns from `firstLine` on, in one pass over the lines. `labels[line]` holds the
 * accepted label starting that line. A "(THROUGH TRANSLATOR):" mark opens an interpreted paragraph
 * in the same turn; a paragraph that is only "(CROSSTALK)" or the like is a stage direction.
 */
export function readTurns(
  input: string,
  index: LineIndex,
  labels: readonly (LabelCandidate | undefined)[],
  firstLine: number,
): RawTurn[] {
  const wraps = usesBlankLines(input, index, labels, firstLine);
  const turns: RawTurn[] = [];
  let turn: RawTurn | undefined;
  let open: RawParagraph | undefined;
  let markedNext = false;
  const close = () => {
    if (open !== undefined && turn !== undefined) {
      const first = input.charCodeAt(open.start);
      open.stage =
        (first === 40 || first === 91) && isStageDirection(input.slice(open.start, open.end));
      turn.paragraphs.push(open);
    }
    open = undefined;
  };
  const begin = (start: number, end: number, marked: boolean) => {
    // Trimmed in place rather than through trimSpan: no Span object for every line.
    let from = start;
    let to = end;
    while (from < to && isSpaceCode(input.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(input.charCodeAt(to - 1))) to--;
    if (to === from) {
      // A mark or label with nothing after it on its line marks the next paragraph.
      markedNext ||= marked;
      return;
    }
    // Plain fields rather than a spread of `span`: V8 spreads cost microseconds a paragraph.
    open = {
      start: from,
      end: to,
      interpreted: (turn?.label.interpreted ?? false) || marked || markedNext,
      stage: false,
    };
    markedNext = false;
  };
  for (let line = firstLine; line < index.starts.length; line++) {
    const lineStart = index.starts[line] ?? 0;
    const lineEnd = index.ends[line] ?? 0;
    const label = labels[line];
    if (label !== undefined) {
      close();
      markedNext = false;
      turn = { label, paragraphs: [] };
      turns.push(turn);
      const mark = readTranslatorMark(input, label.span.end, lineEnd);
      begin(mark?.end ?? label.span.end, lineEnd, mark !== undefined);
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
    // A translator mark opens with "(" after the spaces; no other line can hold one.
    const mark = first === 40 ? readTranslatorMark(input, lineStart, lineEnd) : undefined;
    if (mark !== undefined) {
      close();
      begin(mark.end, lineEnd, true);
      if (!wraps) close();
      continue;
    }
    let to = lineEnd;
    while (to > from && isSpaceCode(input.charCodeAt(to - 1))) to--;
    const stageLine = (first === 40 || first === 91) && isStageDirection(input.slice(from, to));
    if (!wraps || stageLine || open === undefined) {
      close();
      begin(from, to, false);
      if (!wraps || stageLine) close();
      continue;
    }
    open.end = to;
  }
  close();
  return turns;
}
