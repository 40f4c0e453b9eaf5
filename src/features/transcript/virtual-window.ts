import type { ExchangeView } from '../../domain/search/filters';
import type { SearchHit } from '../../domain/search/search';
import type { TopicId, Turn, TurnId } from '../../domain/types';

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

function estimateTurnHeight(turn: Turn): number {
  let height = turnChrome;
  for (const paragraph of turn.paragraphs) {
    const lines = Math.max(1, Math.ceil(paragraph.text.length / charactersPerLine));
    height += lines * lineHeight + paragraphGap;
  }
  return height;
}

/** A first guess at an exchange's height, from how much text it holds and what is folded. */
export function estimateExchangeHeight(view: ExchangeView, filtering: boolean): number {
  const pinnedOnly = view.pinned && !view.matches;
  let height = exchangeChrome;
  for (const { turn, visibility } of view.turns) {
    const folded = filtering && !pinnedOnly && visibility !== 'match';
    height += folded ? foldedTurn : estimateTurnHeight(turn);
  }
  return height;
}

/** A mark the filter panel can step to, and the place among the shown exchanges of its exchange. */
export interface MarkTarget {
  readonly id: string;
  readonly index: number;
}

/**
 * The briefing's marks that the page draws, in document order, with their exchange's place: search
 * hits (`b-h-…`) and mentions of the chosen topics (`b-m-…`). A folded context turn draws none.
 */
export function listMarkTargets(
  shown: readonly ExchangeView[],
  filtering: boolean,
  hits: readonly SearchHit[],
  activeTopics: ReadonlySet<TopicId>,
): { readonly hits: MarkTarget[]; readonly mentions: MarkTarget[] } {
  const hitsByTurn = new Map<TurnId | string, SearchHit[]>();
  for (const hit of hits) {
    const group = hitsByTurn.get(hit.blockId);
    if (group === undefined) hitsByTurn.set(hit.blockId, [hit]);
    else group.push(hit);
  }
  const hitTargets: MarkTarget[] = [];
  const mentionTargets: MarkTarget[] = [];
  shown.forEach((view, index) => {
    const pinnedOnly = view.pinned && !view.matches;
    for (const { turn, visibility } of view.turns) {
      if (filtering && !pinnedOnly && visibility !== 'match') continue;
      for (const hit of hitsByTurn.get(turn.id) ?? []) {
        hitTargets.push({ id: `b-h-${hit.start}`, index });
      }
      if (activeTopics.size === 0) continue;
      for (const paragraph of turn.paragraphs) {
        for (const mention of paragraph.mentions) {
          if (activeTopics.has(mention.topicId)) {
            mentionTargets.push({ id: `b-m-${mention.start}`, index });
          }
        }
      }
    }
  });
  return { hits: hitTargets, mentions: mentionTargets };
}

/**
 * The marks outside the drawn rows that a step from the drawn ones can reach: the first and last of
 * all (stepping wraps around), the last before the drawn rows and the first after them.
 */
export function pickReachableTargets(
  targets: readonly MarkTarget[],
  firstDrawn: number,
  lastDrawn: number,
): MarkTarget[] {
  const outside = (target: MarkTarget | undefined): target is MarkTarget =>
    target !== undefined && (target.index < firstDrawn || target.index > lastDrawn);
  const before = targets.findLast((target) => target.index < firstDrawn);
  const after = targets.find((target) => target.index > lastDrawn);
  const picked = new Map<string, MarkTarget>();
  for (const target of [targets[0], before, after, targets.at(-1)]) {
    if (outside(target)) picked.set(target.id, target);
  }
  return [...picked.values()];
}
