import type { ExchangeView, TranscriptView, TurnView } from '../../domain/search/filters';
import type { ExchangeId } from '../../domain/types';
import { formatCount } from '../../domain/words/pluralize';

/** The most stretches the overview rail draws; a longer briefing is grouped into this many. */
export const maxRailSegments = 200;

/** What the rail is given: the view it draws, and which of its stretches holds an exchange. */
export interface RailView {
  readonly view: TranscriptView;
  readonly segmentOf: (exchangeId: ExchangeId | undefined) => ExchangeId | undefined;
}

/**
 * Groups a long briefing's exchanges into at most `limit` stretches for the overview rail: a rail a
 * screen tall cannot show thousands of exchanges one by one (each would be a fraction of a pixel),
 * and drawing thousands of links on every filter change is what made filtering slow. A stretch
 * links to its first shown exchange and carries all its turns, so ticks still fall where they are.
 */
export function condenseView(view: TranscriptView, limit = maxRailSegments): RailView {
  const { exchanges } = view;
  if (exchanges.length <= limit) return { view, segmentOf: (id) => id };
  const size = Math.ceil(exchanges.length / limit);
  const owner = new Map<ExchangeId, ExchangeId>();
  const groups: ExchangeView[] = [];
  for (let from = 0; from < exchanges.length; from += size) {
    const members = exchanges.slice(from, from + size);
    const [first] = members;
    if (first === undefined) continue;
    const target = members.find((member) => member.matches || member.pinned) ?? first;
    const id = target.exchange.id;
    for (const member of members) owner.set(member.exchange.id, id);
    const turns: TurnView[] = [];
    for (const member of members) turns.push(...member.turns);
    groups.push({
      // Only the rail sees this stretch: it names it and links it; the turns place its ticks.
      exchange: {
        ...target.exchange,
        title: `Exchanges ${formatCount(from + 1)}–${formatCount(from + members.length)}`,
      },
      turns,
      matches: members.some((member) => member.matches),
      pinned: members.some((member) => member.pinned),
    });
  }
  return {
    view: { ...view, exchanges: groups },
    segmentOf: (exchangeId) => (exchangeId === undefined ? undefined : owner.get(exchangeId)),
  };
}
