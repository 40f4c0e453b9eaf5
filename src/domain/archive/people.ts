import type { Exchange, Speaker, TopicId, Turn } from '../types';
import { snippetOf, type IndexedBriefing } from './briefing-index';
import { compareNewestFirst } from './documents';
import type { PersonGroup, Sighting } from './people-merge';
import { assignSlugs, compareText, toAsciiSlug } from './slugs';
import type {
  AffiliationUse,
  Appearance,
  Asker,
  Person,
  PersonSlug,
  PersonTopic,
  QuestionRef,
} from './types';

/** Which person page each speaker of a briefing has: briefing, then speaker id. */
export type PeopleBySpeaker = ReadonlyMap<IndexedBriefing, ReadonlyMap<string, Person>>;

const newestFirst = (a: Sighting, b: Sighting): number =>
  compareNewestFirst(a.briefing, b.briefing) || compareText(a.speaker.id, b.speaker.id);

function distinctLatestFirst(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

function trackAffiliations(sightings: readonly Sighting[]): AffiliationUse[] {
  const uses = new Map<string, AffiliationUse>();
  // Oldest first, so that `first` is set once and `last` keeps moving forward.
  for (const { briefing, speaker } of [...sightings].reverse()) {
    if (speaker.affiliation === undefined) continue;
    const use = uses.get(speaker.affiliation) ?? { name: speaker.affiliation, briefings: 0 };
    use.briefings += 1;
    if (briefing.date !== undefined) {
      use.first ??= briefing.date;
      use.last = briefing.date;
    }
    uses.set(speaker.affiliation, use);
  }
  return [...uses.values()].sort(
    (a, b) => compareText(b.last ?? '', a.last ?? '') || b.briefings - a.briefings,
  );
}

function countTopics(turns: readonly Turn[], into: Map<TopicId, PersonTopic>): void {
  for (const turn of turns) {
    for (const id of turn.topics) {
      const topic = into.get(id) ?? { id, mentions: 0, turns: 0 };
      topic.turns += 1;
      into.set(id, topic);
    }
    for (const paragraph of turn.paragraphs) {
      for (const mention of paragraph.mentions) {
        const topic = into.get(mention.topicId) ?? { id: mention.topicId, mentions: 0, turns: 0 };
        topic.mentions += 1;
        into.set(mention.topicId, topic);
      }
    }
  }
}

// The question exchanges a speaker has a turn in, each with the speaker's first turn there.
function questionsOf(briefing: IndexedBriefing, turns: readonly Turn[]): [Exchange, Turn][] {
  const found = new Map<Exchange, Turn>();
  for (const turn of turns) {
    const exchange = briefing.exchangeOf.get(turn.id);
    if (exchange?.kind === 'question' && !found.has(exchange)) found.set(exchange, turn);
  }
  return [...found];
}

function referQuestion(briefing: IndexedBriefing, exchange: Exchange, turn: Turn): QuestionRef {
  const ref: QuestionRef = {
    briefing: briefing.slug,
    briefingTitle: briefing.title,
    exchange: exchange.id,
    title: exchange.title,
    turn: turn.id,
    topics: exchange.topics,
  };
  if (briefing.date !== undefined) ref.date = briefing.date;
  if (exchange.questionNumber !== undefined) ref.questionNumber = exchange.questionNumber;
  return ref;
}

function describeAsker(
  briefing: IndexedBriefing,
  exchange: Exchange,
  pageOf: (briefing: IndexedBriefing, speaker: Speaker) => PersonSlug | undefined,
): Asker | undefined {
  if (exchange.questionerId === undefined) return undefined;
  const speaker = briefing.speakerOf.get(exchange.questionerId);
  if (speaker === undefined) return undefined;
  const asker: Asker = { name: speaker.name };
  const slug = pageOf(briefing, speaker);
  if (slug !== undefined) asker.slug = slug;
  if (speaker.affiliation !== undefined) asker.outlet = speaker.affiliation;
  return asker;
}

function describePerson(
  group: PersonGroup,
  slug: PersonSlug,
  pageOf: (briefing: IndexedBriefing, speaker: Speaker) => PersonSlug | undefined,
): Person {
  const sightings = [...group.sightings].sort(newestFirst);
  const labels = distinctLatestFirst(
    [...sightings].reverse().flatMap(({ speaker }) => speaker.labels),
  );
  const roles = distinctLatestFirst(sightings.map(({ speaker }) => speaker.role));
  const affiliationHistory = trackAffiliations(sightings);
  const topics = new Map<TopicId, PersonTopic>();
  const appearances: Appearance[] = [];
  const questions: QuestionRef[] = [];
  let turnCount = 0;
  for (const { briefing, speaker } of sightings) {
    const turns = briefing.turnsOf.get(speaker.id) ?? [];
    turnCount += turns.length;
    countTopics(turns, topics);
    const appearance: Appearance = {
      briefing: briefing.slug,
      title: briefing.title,
      turns: turns.flatMap((turn) => {
        const exchange = briefing.exchangeOf.get(turn.id);
        return exchange === undefined
          ? []
          : [{ turn: turn.id, exchange: exchange.id, snippet: snippetOf(turn) }];
      }),
    };
    if (briefing.date !== undefined) appearance.date = briefing.date;
    if (speaker.role !== undefined) appearance.role = speaker.role;
    if (speaker.affiliation !== undefined) appearance.affiliation = speaker.affiliation;
    appearances.push(appearance);
    for (const [exchange, turn] of questionsOf(briefing, turns)) {
      const ref = referQuestion(briefing, exchange, turn);
      if (group.kind === 'official') {
        const asker = describeAsker(briefing, exchange, pageOf);
        if (asker !== undefined) ref.askedBy = asker;
      }
      questions.push(ref);
    }
  }
  const dates = sightings.map(({ briefing }) => briefing.date).filter((d) => d !== undefined);
  const person: Person = {
    slug,
    name: group.name,
    kind: group.kind,
    affiliations: affiliationHistory.map((use) => use.name),
    briefings: sightings.length,
    turns: turnCount,
    roles,
    labels,
    affiliationHistory,
    appearances,
    topics: [...topics.values()].sort(
      (a, b) => b.mentions - a.mentions || b.turns - a.turns || compareText(a.id, b.id),
    ),
    answered: group.kind === 'official' ? questions : [],
    asked: group.kind === 'reporter' ? questions : [],
  };
  const role = roles[0];
  if (role !== undefined) person.role = role;
  const first = dates.at(-1);
  const last = dates[0];
  if (first !== undefined) person.first = first;
  if (last !== undefined) person.last = last;
  return person;
}

/**
 * Makes a page for each group of sightings, with a stable slug from the name ("ana-ruiz"), and
 * tells which page each speaker of each briefing has.
 */
export function describePeople(groups: readonly PersonGroup[]): {
  people: Person[];
  bySpeaker: PeopleBySpeaker;
} {
  const slugs = assignSlugs(
    groups.map((group) => ({ key: group.key, base: toAsciiSlug(group.slugBase) || 'person' })),
  );
  const bySpeaker = new Map<IndexedBriefing, Map<string, PersonSlug>>();
  for (const group of groups) {
    const slug = (slugs.get(group.key) ?? group.key) as PersonSlug;
    for (const { briefing, speaker } of group.sightings) {
      const map = bySpeaker.get(briefing) ?? new Map<string, PersonSlug>();
      map.set(speaker.id, slug);
      bySpeaker.set(briefing, map);
    }
  }
  const pageOf = (briefing: IndexedBriefing, speaker: Speaker) =>
    bySpeaker.get(briefing)?.get(speaker.id);
  const people = groups
    .map((group) =>
      describePerson(group, (slugs.get(group.key) ?? group.key) as PersonSlug, pageOf),
    )
    .sort(
      (a, b) =>
        compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.slug, b.slug),
    );
  const bySlug = new Map(people.map((person) => [person.slug, person]));
  const pages = new Map<IndexedBriefing, Map<string, Person>>();
  for (const [briefing, map] of bySpeaker) {
    const resolved = new Map<string, Person>();
    for (const [speakerId, slug] of map) {
      const person = bySlug.get(slug);
      if (person !== undefined) resolved.set(speakerId, person);
    }
    pages.set(briefing, resolved);
  }
  return { people, bySpeaker: pages };
}
