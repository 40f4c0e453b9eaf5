import type { Topic, TopicId, Turn, TurnId } from '../types';
import type { IndexedBriefing } from './briefing-index';
import { compareNewestFirst, documentMentions } from './documents';
import type { PeopleBySpeaker } from './people';
import { compareText } from './slugs';
import type {
  ArchiveStory,
  ArchiveTopic,
  PersonSlug,
  TimelinePoint,
  TopicExchange,
  TopicSpeaker,
  TopicStory,
} from './types';

/** How many people a topic page names as speaking most about it. */
export const maxTopicSpeakers = 20;

interface TopicTally {
  id: TopicId;
  mentions: number;
  briefings: Set<IndexedBriefing>;
  months: Map<string, { mentions: number; briefings: Set<IndexedBriefing> }>;
  undated: { mentions: number; briefings: Set<IndexedBriefing> };
  speakers: Map<string, TopicSpeaker>;
  exchanges: TopicExchange[];
  stories: TopicStory[];
}

const countTurn = (turn: Turn): Map<TopicId, number> => {
  const counts = new Map<TopicId, number>();
  for (const paragraph of turn.paragraphs) {
    for (const { topicId } of paragraph.mentions)
      counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
  }
  return counts;
};

const nextMonth = (month: string): string => {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${String(year).padStart(4, '0')}-${String(number + 1).padStart(2, '0')}`;
};

// Every month from the first to the last, so that a chart's gaps are months without a mention.
function fillTimeline(tally: TopicTally): TimelinePoint[] {
  const months = [...tally.months.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return [];
  const points: TimelinePoint[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const found = tally.months.get(month);
    points.push({ month, mentions: found?.mentions ?? 0, briefings: found?.briefings.size ?? 0 });
  }
  return points;
}

interface ExchangeTally {
  mentions: Map<TopicId, number>;
  /** The first turn of the exchange that mentions each topic. */
  first: Map<TopicId, TurnId>;
}

function tallyBriefing(
  briefing: IndexedBriefing,
  people: ReadonlyMap<string, { slug: PersonSlug; name: string }> | undefined,
  tallyOf: (id: TopicId) => TopicTally,
): void {
  const month = briefing.date?.slice(0, 7);
  const byExchange = new Map<string, ExchangeTally>();
  for (const turn of briefing.document.turns) {
    const counts = countTurn(turn);
    if (counts.size === 0) continue;
    const exchange = briefing.exchangeOf.get(turn.id);
    const person = people?.get(turn.speakerId);
    for (const [id, mentions] of counts) {
      const tally = tallyOf(id);
      tally.mentions += mentions;
      tally.briefings.add(briefing);
      let bucket = month === undefined ? tally.undated : tally.months.get(month);
      if (bucket === undefined) {
        bucket = { mentions: 0, briefings: new Set() };
        tally.months.set(month ?? '', bucket);
      }
      bucket.mentions += mentions;
      bucket.briefings.add(briefing);
      if (person !== undefined) {
        const speaker: TopicSpeaker = tally.speakers.get(person.slug) ?? {
          slug: person.slug,
          name: person.name,
          mentions: 0,
        };
        speaker.mentions += mentions;
        tally.speakers.set(person.slug, speaker);
      }
      if (exchange === undefined) continue;
      const entry: ExchangeTally = byExchange.get(exchange.id) ?? {
        mentions: new Map(),
        first: new Map(),
      };
      entry.mentions.set(id, (entry.mentions.get(id) ?? 0) + mentions);
      if (!entry.first.has(id)) entry.first.set(id, turn.id);
      byExchange.set(exchange.id, entry);
    }
  }
  for (const exchange of briefing.document.exchanges) {
    const entry = byExchange.get(exchange.id);
    if (entry === undefined) continue;
    for (const [id, mentions] of entry.mentions) {
      const ref: TopicExchange = {
        briefing: briefing.slug,
        briefingTitle: briefing.title,
        exchange: exchange.id,
        title: exchange.title,
        mentions,
        turn: entry.first.get(id) ?? exchange.turnIds[0] ?? ('' as TurnId),
      };
      if (briefing.date !== undefined) ref.date = briefing.date;
      tallyOf(id).exchanges.push(ref);
    }
  }
}

/**
 * Reads every topic across the archive: mentions by month, who mentions it most (people with a
 * page), every exchange and story that mentions it. `briefings` come newest first; topics unknown
 * to `topics` are labelled by their id.
 */
export function describeTopics(
  briefings: readonly IndexedBriefing[],
  stories: readonly ArchiveStory[],
  topics: readonly Topic[],
  people: PeopleBySpeaker,
): ArchiveTopic[] {
  const tallies = new Map<TopicId, TopicTally>();
  const tallyOf = (id: TopicId): TopicTally => {
    let tally = tallies.get(id);
    if (tally === undefined) {
      tally = {
        id,
        mentions: 0,
        briefings: new Set(),
        months: new Map(),
        undated: { mentions: 0, briefings: new Set() },
        speakers: new Map(),
        exchanges: [],
        stories: [],
      };
      tallies.set(id, tally);
    }
    return tally;
  };
  for (const briefing of briefings) tallyBriefing(briefing, people.get(briefing), tallyOf);
  for (const { summary, document } of stories) {
    const counts = new Map<TopicId, number>();
    for (const { topicId } of documentMentions(document))
      counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
    for (const [id, mentions] of counts) {
      const story: TopicStory = { story: summary.slug, title: summary.title, mentions };
      if (summary.date !== undefined) story.date = summary.date;
      tallyOf(id).stories.push(story);
    }
  }
  const labels = new Map(topics.map((topic) => [topic.id, topic.label]));
  return [...tallies.values()]
    .map((tally): ArchiveTopic => {
      const dated = [...tally.briefings]
        .map((b) => b.date)
        .filter((d) => d !== undefined)
        .sort();
      const topic: ArchiveTopic = {
        id: tally.id,
        label: labels.get(tally.id) ?? tally.id,
        mentions: tally.mentions,
        briefings: tally.briefings.size,
        exchanges: tally.exchanges.length,
        timeline: fillTimeline(tally),
        undated: { mentions: tally.undated.mentions, briefings: tally.undated.briefings.size },
        speakers: [...tally.speakers.values()]
          .sort((a, b) => b.mentions - a.mentions || compareText(a.name, b.name))
          .slice(0, maxTopicSpeakers),
        // Briefings come newest first and exchanges in their order within each.
        touching: tally.exchanges,
        stories: tally.stories.sort((a, b) =>
          compareNewestFirst({ date: a.date, slug: a.story }, { date: b.date, slug: b.story }),
        ),
      };
      const first = dated[0];
      const last = dated.at(-1);
      if (first !== undefined) topic.first = first;
      if (last !== undefined) topic.last = last;
      return topic;
    })
    .filter((topic) => topic.mentions > 0 || topic.stories.length > 0)
    .sort((a, b) => b.mentions - a.mentions || compareText(a.id, b.id));
}
