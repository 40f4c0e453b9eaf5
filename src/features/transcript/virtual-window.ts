import { isContextTurn, type ExchangeView } from '../../domain/search/filters';
import type { Turn } from '../../domain/types';

// Pure arithmetic for the long-transcript path, kept apart from React so it can be tested without a
// layout engine.

/** Past these counts the transcript draws only what is near the screen; below, all of it. */
export const virtualizeAbove = { exchanges: 60, turns: 400 } as const;

/** Tells whether the shown exchanges are too many to keep in the page at once. */
export function shouldVirtualize(shown: readonly ExchangeView[]): boolean {
  if (shown.length > virtualizeAbove.exchanges) return true;
  let turns = 0;
  for (const view of shown) {
    turns += view.turns.length;
    if (turns > virtualizeAbove.turns) return true;
  }
  return false;
}

// Rough sizes of a desktop column, in CSS pixels; measuring corrects them once a row is drawn.
const exchangeChrome = 90;
const turnChrome = 56;
const paragraphGap = 16;
const lineHeight = 27;
const charactersPerLine = 85;
const foldedTurn = 92;

// Each paragraph takes a line at least, and the text wraps about every `charactersPerLine`.
function estimateTurnHeight(turn: Turn, characters: number): number {
  const paragraphs = turn.paragraphs.length;
  const lines = Math.max(paragraphs, Math.ceil(characters / charactersPerLine));
  return turnChrome + lines * lineHeight + paragraphs * paragraphGap;
}

/**
 * A first guess at an exchange's height, from how much text it holds (`measureTurn` counts a turn's
 * characters) and what is folded.
 */
export function estimateExchangeHeight(
  view: ExchangeView,
  filtering: boolean,
  measureTurn: (turn: Turn) => number,
): number {
  let height = exchangeChrome;
  for (const turnView of view.turns) {
    const folded = isContextTurn(view, turnView, filtering);
    height += folded ? foldedTurn : estimateTurnHeight(turnView.turn, measureTurn(turnView.turn));
  }
  return height;
}
