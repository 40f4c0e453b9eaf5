import type { Span } from '../domain/types';

// Quoting and copying work in the documents' own offsets, not in the page's nodes: a paragraph's
// text is drawn in several nodes (topic marks, search hits) beside words that are not the
// document's (a "Interpreted" badge, a topic's name for screen readers). Three attributes let the
// page be read back as the document: a quotable block (a turn, a story paragraph), the input offset
// where each run of its text starts, and the labels that are not its text.

const blockAttribute = 'data-quote-block';
const atAttribute = 'data-at';
const labelAttribute = 'data-not-text';

/** Props of a quotable block's element: a turn's body, a story paragraph. */
export const quoteBlockProps = (blockId: string) => ({ [blockAttribute]: blockId });

/** Props of an element whose text (labels aside) is the document's from input offset `start`. */
export const textRunProps = (start: number) => ({ [atAttribute]: String(start) });

/** Props of words drawn beside the text that are not the document's: left out of copies and quotes. */
export const notTextProps = { [labelAttribute]: 'true' } as const;

/** Words selected in one block, in input offsets. */
export interface BlockSelection extends Span {
  readonly blockId: string;
}

const isLabel = (node: Node, root: Element): boolean => {
  const parent = node.parentElement;
  const label = parent?.closest(`[${labelAttribute}]`);
  return label !== null && label !== undefined && root.contains(label);
};

/** The document's text nodes of a run, in order, labels left out. */
function listTextNodes(run: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof Text && !isLabel(node, run)) nodes.push(node);
  }
  return nodes;
}

// A story paragraph is one run and its own block; a turn's block holds a run per paragraph.
const listRuns = (block: Element): Element[] =>
  block.matches(`[${atAttribute}]`) ? [block] : [...block.querySelectorAll(`[${atAttribute}]`)];

const runStart = (run: Element): number => Number(run.getAttribute(atAttribute));

const runLength = (run: Element): number =>
  listTextNodes(run).reduce((sum, node) => sum + node.length, 0);

/** The input offset of a point inside a run: its start plus the document's characters before it. */
function offsetInRun(run: Element, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(run);
  before.setEnd(node, offset);
  let count = 0;
  for (const text of listTextNodes(run)) {
    if (text === node) return runStart(run) + count + offset;
    if (!before.intersectsNode(text)) break;
    count += text.length;
  }
  return runStart(run) + count;
}

/**
 * The input offset of a selection's point in a block: inside a run, its offset; between runs (on a
 * badge, between paragraphs), the next run's start for a start and the previous run's end for an end.
 */
function offsetInBlock(
  block: Element,
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): number | undefined {
  let previousEnd: number | undefined;
  for (const run of listRuns(block)) {
    const range = document.createRange();
    range.selectNodeContents(run);
    const where = range.comparePoint(node, offset);
    if (where === 0) return offsetInRun(run, node, offset);
    if (where < 0) return edge === 'start' ? runStart(run) : previousEnd;
    previousEnd = runStart(run) + runLength(run);
  }
  return edge === 'end' ? previousEnd : undefined;
}

const closestBlock = (node: Node | null): Element | null =>
  (node instanceof Element ? node : (node?.parentElement ?? null))?.closest(
    `[${blockAttribute}]`,
  ) ?? null;

/** The words a selection holds when it lies inside one block; undefined otherwise, or when empty. */
export function readBlockSelection(selection: Selection | null): BlockSelection | undefined {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const block = closestBlock(range.startContainer);
  if (block === null || closestBlock(range.endContainer) !== block) return undefined;
  const start = offsetInBlock(block, range.startContainer, range.startOffset, 'start');
  const end = offsetInBlock(block, range.endContainer, range.endOffset, 'end');
  const blockId = block.getAttribute(blockAttribute);
  if (start === undefined || end === undefined || end <= start || blockId === null)
    return undefined;
  return { blockId, start, end };
}

/**
 * The block an element is in, or else the first one of the turn or exchange (an `article` or
 * `section`) it is in, such as a turn's permalink; undefined elsewhere.
 */
export function readBlockOf(element: Element | null): string | undefined {
  const inside = element?.closest(`[${blockAttribute}]`);
  const first = element?.closest('article, section')?.querySelector(`[${blockAttribute}]`);
  return (inside ?? first)?.getAttribute(blockAttribute) ?? undefined;
}

/** The text node and offset where input offset `at` stands in a block, if it is drawn. */
function findPoint(block: Element, at: number): { node: Text; offset: number } | undefined {
  for (const run of listRuns(block)) {
    let base = runStart(run);
    for (const text of listTextNodes(run)) {
      if (at >= base && at <= base + text.length) return { node: text, offset: at - base };
      base += text.length;
    }
  }
  return undefined;
}

/** Selects input offsets of a block on the page; false when the block or its words are not drawn. */
export function selectBlockSpan(blockId: string, span: Span): boolean {
  const block = [...document.querySelectorAll(`[${blockAttribute}]`)].find(
    (candidate) => candidate.getAttribute(blockAttribute) === blockId,
  );
  if (block === undefined) return false;
  const from = findPoint(block, span.start);
  const to = findPoint(block, span.end);
  const selection = window.getSelection();
  if (from === undefined || to === undefined || selection === null) return false;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * The document's words in a selection inside one block, labels left out and paragraphs apart by a
 * blank line; undefined when the selection is not inside one block.
 */
export function readSelectedText(selection: Selection | null): string | undefined {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const block = closestBlock(range.startContainer);
  if (block === null || closestBlock(range.endContainer) !== block) return undefined;
  const parts: string[] = [];
  for (const run of listRuns(block)) {
    if (!range.intersectsNode(run)) continue;
    const text = listTextNodes(run)
      .map((node) => {
        if (!range.intersectsNode(node)) return '';
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.length;
        return node.data.slice(from, to);
      })
      .join('');
    if (text.trim().length > 0) parts.push(text.trim());
  }
  return parts.length === 0 ? undefined : parts.join('\n\n');
}
