import { type RawTurn } from './body';
import { isFooterLine, isShortLine } from './boilerplate';
import { trimSpan } from './text';
import { type Block } from '../types';

// The end of a page copied after the last turn, set aside like the furniture before the title.

/** Lines of a paragraph as trimmed blocks, in input offsets. */
function linesOf(input: string, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  for (const match of input.slice(start, end).matchAll(/[^\r\n]+/g)) {
    const span = trimSpan(input, start + match.index, start + match.index + match[0].length);
    if (span.end > span.start) {
      blocks.push({ kind: 'boilerplate', text: input.slice(span.start, span.end), ...span });
    }
  }
  return blocks;
}

/**
 * A page's footer copied after the last turn ("The White House", an address, menu words) is set
 * aside like the furniture before the title: the run of short lines at the end, from the first
 * footer line in it on. The last turn keeps at least its first paragraph.
 */
export function setAsideFooter(input: string, turns: readonly RawTurn[]): Block[] {
  const last = turns.at(-1);
  if (last === undefined) return [];
  const paragraphs = last.paragraphs;
  let from = paragraphs.length;
  while (from > 1) {
    const paragraph = paragraphs[from - 1];
    if (paragraph === undefined || paragraph.stage) break;
    const lines = linesOf(input, paragraph.start, paragraph.end);
    if (!lines.every((line) => isShortLine(line.text))) break;
    from--;
  }
  let footer = from;
  while (footer < paragraphs.length) {
    const paragraph = paragraphs[footer];
    if (paragraph === undefined) break;
    if (linesOf(input, paragraph.start, paragraph.end).some((line) => isFooterLine(line.text))) {
      break;
    }
    footer++;
  }
  const blocks = paragraphs
    .slice(footer)
    .flatMap((paragraph) => linesOf(input, paragraph.start, paragraph.end));
  paragraphs.length = Math.min(paragraphs.length, footer);
  return blocks;
}
