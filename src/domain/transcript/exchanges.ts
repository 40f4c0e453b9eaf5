import { topicsOf } from '../topics/match';
import { countMentions } from '../topics/stats';
import type {
  Exchange,
  ExchangeId,
  Mention,
  Speaker,
  SpeakerId,
  SpeakerKind,
  Topic,
  TopicId,
  TurnId,
} from '../types';

/** What grouping needs to know of a turn. */
export interface ExchangeTurn {
  id: TurnId;
  speakerId: SpeakerId;
  kind: SpeakerKind;
  /** Words of speech (stage directions excluded). */
  words: number;
  asksQuestion: boolean;
  /** Says thanks or a pleasantry ("Thank you.", "Pleasure to see you."). */
  courteous: boolean;
  /** Hands the floor to the question after it (a moderator's introduction or cue). */
  introduces: boolean;
  /** A question that continues the previous one (a follow-up by the same reporter). */
  followsUp: boolean;
  mentions: readonly Mention[];
}

/**
 * The topics of a turn or exchange that mentions none, shared by all of them (a long briefing has
 * thousands) and frozen, so that nothing adds to it.
 */
export const noTopics: TopicId[] = Object.freeze([]) as unknown as TopicId[];

/** The most words a closing courtesy turn has ("Thank you very much, Mr. Secretary."). */
export const maxClosingWords = 15;
const maxTitleTopics = 3;
const courtesyPattern =
  /\b(?:thank|thanks|grazie|merci|gracias|danke|pleasure|good to see|nice to see|appreciate|goodbye|bye|cheers)\b/i;

/** Whether a text says thanks or a pleasantry, as closing turns do. */
export function isCourteous(text: string): boolean {
  return courtesyPattern.test(text);
}

// Where question exchanges begin: an introduction right before a question, or a question that
// is neither introduced nor a follow-up of the previous one.
function findStarts(turns: readonly ExchangeTurn[]): number[] {
  const starts: number[] = [];
  turns.forEach((turn, index) => {
    if (turn.introduces) {
      starts.push(index);
      return;
    }
    if (turn.kind !== 'reporter' || turn.followsUp) return;
    if (turns[index - 1]?.introduces === true) return;
    starts.push(index);
  });
  return starts;
}

// A closing turn thanks or says a pleasantry in a few words, or holds only stage directions.
const isShortCourtesy = (turn: ExchangeTurn): boolean =>
  turn.words <= maxClosingWords && !turn.asksQuestion && (turn.courteous || turn.words === 0);

// The closing is the trailing run of short courtesy turns: each at most 15 words with no question
// that thanks or says a pleasantry (or is only a stage direction), at least one of them thanking,
// never the first answer to the last real question (a reporter's "Thank you." is no question).
function findClosing(turns: readonly ExchangeTurn[]): number {
  let lastQuestion = -1;
  turns.forEach((turn, index) => {
    if (turn.kind === 'reporter' && !(isShortCourtesy(turn) && turn.courteous)) {
      lastQuestion = index;
    }
  });
  if (lastQuestion === -1) return turns.length;
  let start = turns.length;
  while (start - 1 >= lastQuestion + 2) {
    const turn = turns[start - 1];
    if (turn === undefined || !isShortCourtesy(turn)) break;
    start--;
  }
  const run = turns.slice(start);
  return run.some((turn) => turn.courteous) ? start : turns.length;
}

/** The topics of a run of turns. */
export interface ExchangeTopics {
  /** The topics mentioned, in list order. */
  topics: TopicId[];
  /** The labels of the most mentioned topics (ties in list order), for a question's title. */
  titleLabels: string[];
}

// Counted straight from the turns' mentions, with no list of them all: a long briefing has
// thousands of exchanges, and only the topics mentioned are sorted, not the whole list.
function summariseTopics(
  turns: readonly TurnMentions[],
  from: number,
  to: number,
  order: ReadonlyMap<TopicId, { label: string; order: number }>,
): ExchangeTopics {
  let mentioned = false;
  for (let position = from; position < to && !mentioned; position++) {
    mentioned = (turns[position]?.mentions.length ?? 0) > 0;
  }
  // Most exchanges of a long briefing mention nothing: no counting, no sorting.
  if (!mentioned) return { topics: noTopics, titleLabels: [] };
  const counts = new Map<TopicId, number>();
  for (let position = from; position < to; position++) {
    for (const { topicId } of turns[position]?.mentions ?? []) {
      counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
    }
  }
  const entries: { id: TopicId; label: string; order: number; count: number }[] = [];
  for (const [id, count] of counts) {
    const topic = order.get(id);
    if (topic !== undefined) entries.push({ id, label: topic.label, order: topic.order, count });
  }
  const topics = entries.sort((a, b) => a.order - b.order).map((entry) => entry.id);
  const titleLabels = entries
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, maxTitleTopics)
    .map((entry) => entry.label);
  return { topics, titleLabels };
}

// Each topic's label and place in the list; undefined when the list names a topic twice.
function indexTopics(topics: readonly Topic[]) {
  const order = new Map<TopicId, { label: string; order: number }>();
  for (const [position, topic] of topics.entries()) {
    if (order.has(topic.id)) return undefined;
    order.set(topic.id, { label: topic.label, order: position });
  }
  return order;
}

// The plain form of summariseTopics, for a list that names a topic twice (each entry counts).
function summariseTopicsOfList(
  turns: readonly TurnMentions[],
  from: number,
  to: number,
  topics: readonly Topic[],
): ExchangeTopics {
  const mentions = turns.slice(from, to).flatMap((turn) => turn.mentions);
  const counts = countMentions(mentions);
  const titleLabels = topics
    .map((topic, order) => ({ topic, order, count: counts.get(topic.id) ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, maxTitleTopics)
    .map((entry) => entry.topic.label);
  return { topics: topicsOf(mentions, topics), titleLabels };
}

/** What summing up an exchange's topics reads of a turn. */
export interface TurnMentions {
  readonly mentions: readonly Mention[];
}

/**
 * Sums up the topics of turns `from` to `to` (exclusive) for one topic list: the ids in list order,
 * and the labels of the most mentioned for a title. The list is indexed once for every call.
 */
export function summarizeTopicsWith(
  topics: readonly Topic[],
): (turns: readonly TurnMentions[], from: number, to: number) => ExchangeTopics {
  const order = indexTopics(topics);
  return order === undefined
    ? (turns, from, to) => summariseTopicsOfList(turns, from, to, topics)
    : (turns, from, to) => summariseTopics(turns, from, to, order);
}

/** A question exchange's title: "Question 2 · Dana Reyes, Harbor Daily · Libya, NATO". */
export function titleQuestion(
  number: number,
  questioner: string | undefined,
  topicLabels: readonly string[],
): string {
  const parts = [`Question ${number}`];
  if (questioner !== undefined) parts.push(questioner);
  if (topicLabels.length > 0) parts.push(topicLabels.join(', '));
  return parts.join(' · ');
}

/** How a question's title names its reporter: "Dana Reyes, Harbor Daily", or "Coastal Wire reporter". */
export function nameQuestioner(speaker: Speaker | undefined): string {
  if (speaker === undefined) return 'Unknown reporter';
  const named = !/reporter(?: \d+)?$/i.test(speaker.name);
  return named && speaker.affiliation !== undefined
    ? `${speaker.name}, ${speaker.affiliation}`
    : speaker.name;
}

/**
 * Groups turns into exchanges: the officials' opening statements, one exchange per question (with
 * its introduction and every answer), and the closing courtesies. `describeQuestioner` names the
 * reporter in titles ("Dana Reyes, Harbor Daily").
 */
export function groupExchanges(
  turns: readonly ExchangeTurn[],
  topics: readonly Topic[],
  describeQuestioner: (id: SpeakerId) => string,
): Exchange[] {
  const starts = findStarts(turns);
  const closing = starts.length === 0 ? turns.length : findClosing(turns);
  const exchanges: Exchange[] = [];
  const summarise = summarizeTopicsWith(topics);
  let questions = 0;
  const add = (kind: Exchange['kind'], from: number, to: number, title: string) => {
    if (to <= from) return;
    const turnIds: TurnId[] = [];
    let questioner: ExchangeTurn | undefined;
    for (let position = from; position < to; position++) {
      const turn = turns[position];
      if (turn === undefined) continue;
      turnIds.push(turn.id);
      if (questioner === undefined && turn.kind === 'reporter') questioner = turn;
    }
    const summary = summarise(turns, from, to);
    const exchange: Exchange = {
      id: `x${exchanges.length + 1}` as ExchangeId,
      kind,
      title,
      turnIds,
      topics: summary.topics,
    };
    if (kind === 'question') {
      const number = ++questions;
      exchange.questionNumber = number;
      if (questioner !== undefined) exchange.questionerId = questioner.speakerId;
      exchange.title = titleQuestion(
        number,
        questioner === undefined ? undefined : describeQuestioner(questioner.speakerId),
        summary.titleLabels,
      );
    }
    exchanges.push(exchange);
  };
  add('statements', 0, Math.min(starts[0] ?? turns.length, closing), 'Opening statements');
  starts.forEach((start, index) => {
    add('question', start, Math.min(starts[index + 1] ?? closing, closing), '');
  });
  add('closing', closing, turns.length, 'Closing');
  return exchanges;
}
