import { defaultTopics } from '../../content/topics';
import { nameQuestioner, summarizeTopicsWith, titleQuestion } from '../transcript/exchanges';
import { tagParagraphs } from '../transcript/mentions';
import type {
  Article,
  ArticleParagraph,
  Exchange,
  Mention,
  Paragraph,
  Span,
  Topic,
  TopicId,
  Transcript,
  Turn,
} from '../types';
import { discoverTopics, minSightings, type DiscoveryInput } from './discover';
import { compileTopics, findMentions, orderTopics, type TopicMatcher } from './match';

/** How many topics a reader should see in a briefing, at most, when found topics are added. */
export const maxShownTopics = 15;
/** How many topics a question's title names. */
const maxTitleLabels = 3;
/** How many found topics a briefing gets whatever the curated list already shows. */
export const minFoundTopics = 5;

export interface TagOptions {
  /** The curated topics; the shipped list by default. */
  readonly curated?: readonly Topic[];
  /** Topics the reader made: listed last, and their words claimed first. */
  readonly own?: readonly Topic[];
  /** Whether to look for topics in the text (true by default). */
  readonly discover?: boolean;
  /** Country topics for discovery; the shipped list by default. */
  readonly countries?: readonly Topic[];
  /**
   * Topics found in these documents before: discovery is skipped and these are kept as they are,
   * so that adding a reader's topic leaves the rest of the list where it was.
   */
  readonly found?: readonly Topic[];
}

/** A briefing and its story (either may be missing), tagged, with the topics they were tagged with. */
export interface TaggedDocuments<
  T extends Transcript | undefined = Transcript | undefined,
  A extends Article | undefined = Article | undefined,
> {
  readonly transcript: T;
  readonly article: A;
  /** Curated topics, then found topics (most mentioned first), then the reader's own. */
  readonly topics: readonly Topic[];
}

// Paragraphs that are read for subjects: speech and story text, not stage directions.
function readTexts(transcript: Transcript | undefined, article: Article | undefined): string[] {
  const texts: string[] = [];
  for (const turn of transcript?.turns ?? []) {
    for (const paragraph of turn.paragraphs) if (!paragraph.stage) texts.push(paragraph.text);
  }
  for (const paragraph of article?.paragraphs ?? []) texts.push(paragraph.text);
  return texts;
}

// The documents' own people are never their subjects: speakers by name, reporters and staff with
// their outlets too (officials' affiliations are countries, which may well be subjects).
function readExcludedNames(
  transcript: Transcript | undefined,
  article: Article | undefined,
): string[] {
  const names: string[] = [];
  for (const speaker of [...(transcript?.speakers ?? []), ...(article?.speakers ?? [])]) {
    names.push(speaker.name);
    if (speaker.kind !== 'official' && speaker.affiliation !== undefined) {
      names.push(speaker.affiliation);
    }
  }
  return names;
}

// The paragraphs' text laid at their offsets, with spaces between, so that one scan finds every
// paragraph's mentions (tagParagraphs scans a paragraph again alone when a match crosses a gap).
function layOut(paragraphs: readonly (Span & { text: string })[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.start > at) parts.push(' '.repeat(paragraph.start - at));
    parts.push(paragraph.text);
    at = paragraph.end;
  }
  return parts.join('');
}

function tagAll(
  paragraphs: readonly (Span & { text: string })[],
  matcher: TopicMatcher,
): Mention[][] {
  const inOrder = paragraphs.every(
    (paragraph, index) => index === 0 || paragraph.start >= (paragraphs[index - 1]?.end ?? 0),
  );
  return inOrder
    ? tagParagraphs(layOut(paragraphs), paragraphs, matcher)
    : paragraphs.map((paragraph) => findMentions(paragraph.text, paragraph.start, matcher));
}

function transcriptParagraphs(transcript: Transcript | undefined): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const turn of transcript?.turns ?? []) {
    for (const paragraph of turn.paragraphs) paragraphs.push(paragraph);
  }
  return paragraphs;
}

// Keeps the found topics mentioned at least twice, most mentioned first, as many as leave the reader
// at most `maxShownTopics` (never fewer than `minFoundTopics`).
function chooseFound(
  found: readonly Topic[],
  curated: readonly Topic[],
  mentionLists: readonly (readonly Mention[])[],
): Topic[] {
  const counts = new Map<TopicId, number>();
  for (const mentions of mentionLists) {
    for (const { topicId } of mentions) counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
  }
  const curatedShown = curated.filter((topic) => counts.has(topic.id)).length;
  const room = Math.max(minFoundTopics, maxShownTopics - curatedShown);
  return found
    .map((topic, rank) => ({ topic, rank, count: counts.get(topic.id) ?? 0 }))
    .filter((entry) => entry.count >= minSightings)
    .sort((a, b) => b.count - a.count || a.rank - b.rank)
    .slice(0, room)
    .map((entry) => entry.topic);
}

// Drops the mentions of topics that were not kept; a paragraph that loses one is read again with
// the final topics, since the dropped match may have hidden a shorter one of a kept topic.
function settleMentions(
  lists: Mention[][],
  paragraphs: readonly (Span & { text: string })[],
  kept: ReadonlySet<TopicId>,
  matcher: TopicMatcher,
): Mention[][] {
  return lists.map((mentions, index) => {
    if (mentions.every((mention) => kept.has(mention.topicId))) return mentions;
    const paragraph = paragraphs[index];
    return paragraph === undefined
      ? mentions.filter((mention) => kept.has(mention.topicId))
      : findMentions(paragraph.text, paragraph.start, matcher);
  });
}

// A found topic in most questions ("Italy" in a briefing with Italy's minister) tells one question
// from another no better than the word "Question": titles name the others.
function leaveOutOfTitles(
  exchanges: readonly { kind: string; topics: readonly TopicId[] }[],
  found: ReadonlySet<TopicId>,
): Set<TopicId> {
  const questions = exchanges.filter((exchange) => exchange.kind === 'question');
  const counts = new Map<TopicId, number>();
  for (const question of questions) {
    for (const id of question.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const everywhere = new Set<TopicId>();
  if (questions.length < 3) return everywhere;
  for (const [id, count] of counts) {
    if (found.has(id) && count * 2 > questions.length) everywhere.add(id);
  }
  return everywhere;
}

function retagTranscript(
  transcript: Transcript,
  mentions: readonly Mention[][],
  topics: readonly Topic[],
  found: ReadonlySet<TopicId>,
): Transcript {
  const topicsIn = orderTopics(topics);
  let index = 0;
  const turnMentions: Mention[][] = [];
  // Most paragraphs of a long briefing mention no topic, before and after: they, and turns made
  // of them alone, are kept as they are rather than copied, which spares a long briefing's memory.
  const turns = transcript.turns.map((turn): Turn => {
    const all: Mention[] = [];
    let changed = turn.topics.length > 0;
    const paragraphs = turn.paragraphs.map((paragraph): Paragraph => {
      const found = mentions[index++] ?? [];
      for (const mention of found) all.push(mention);
      if (found.length === 0 && paragraph.mentions.length === 0) return paragraph;
      changed = true;
      return { ...paragraph, mentions: found };
    });
    turnMentions.push(all);
    return changed ? { ...turn, topics: topicsIn(all), paragraphs } : turn;
  });
  const position = new Map(transcript.turns.map((turn, at) => [turn.id, at]));
  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker]));
  const summarise = summarizeTopicsWith(topics);
  // Each exchange's turns' mentions, gathered once for its topics and its title.
  const exchangeMentions = transcript.exchanges.map((exchange) =>
    exchange.turnIds.map((id) => ({ mentions: turnMentions[position.get(id) ?? -1] ?? [] })),
  );
  const mentionsOf = (at: number) => exchangeMentions[at] ?? [];
  const retagged = transcript.exchanges.map((exchange, at): Exchange => {
    const lists = mentionsOf(at);
    return { ...exchange, topics: summarise(lists, 0, lists.length).topics };
  });
  // Titles name the listed (curated and the reader's) topics first; found ones fill what is left.
  const leftOut = leaveOutOfTitles(retagged, found);
  const summariseListed = summarizeTopicsWith(topics.filter((topic) => !found.has(topic.id)));
  const summariseFound = summarizeTopicsWith(
    topics.filter((topic) => found.has(topic.id) && !leftOut.has(topic.id)),
  );
  for (const [at, exchange] of retagged.entries()) {
    if (exchange.kind !== 'question' || exchange.questionNumber === undefined) continue;
    const lists = mentionsOf(at);
    const questioner =
      exchange.questionerId === undefined
        ? undefined
        : nameQuestioner(speakers.get(exchange.questionerId));
    const listed = summariseListed(lists, 0, lists.length).titleLabels;
    const labels =
      listed.length >= maxTitleLabels
        ? listed
        : [...listed, ...summariseFound(lists, 0, lists.length).titleLabels].slice(
            0,
            maxTitleLabels,
          );
    exchange.title = titleQuestion(exchange.questionNumber, questioner, labels);
  }
  return { ...transcript, turns, exchanges: retagged };
}

function retagArticle(
  article: Article,
  mentions: readonly Mention[][],
  topics: readonly Topic[],
): Article {
  const topicsIn = orderTopics(topics);
  const paragraphs = article.paragraphs.map((paragraph, index): ArticleParagraph => {
    const found = mentions[index] ?? [];
    return { ...paragraph, mentions: found, topics: topicsIn(found) };
  });
  return { ...article, paragraphs };
}

/**
 * Tags a parsed briefing and its story with the curated topics, the subjects found in their text
 * and the reader's own topics: mentions in both, turn and exchange topics, question titles.
 */
export function tagDocuments<T extends Transcript | undefined, A extends Article | undefined>(
  transcript: T,
  article: A,
  options: TagOptions = {},
): TaggedDocuments<T, A> {
  const curated = options.curated ?? defaultTopics;
  const own = options.own ?? [];
  const discover = (): Topic[] => {
    const discovery: DiscoveryInput = {
      texts: readTexts(transcript, article),
      excludedNames: readExcludedNames(transcript, article),
      known: [...own, ...curated],
      ...(options.countries === undefined ? {} : { countries: options.countries }),
    };
    return discoverTopics(discovery).map((item) => item.topic);
  };
  const found = options.found ?? (options.discover === false ? [] : discover());
  // A reader's words are theirs first; curated patterns come before found ones.
  const matcher = compileTopics([...own, ...curated, ...found]);
  const briefingParagraphs = transcriptParagraphs(transcript);
  const storyParagraphs = article?.paragraphs ?? [];
  const briefingMentions = tagAll(briefingParagraphs, matcher);
  const storyMentions = tagAll(storyParagraphs, matcher);

  const chosen =
    options.found === undefined
      ? chooseFound(found, curated, [...briefingMentions, ...storyMentions])
      : [...found];
  const topics = [...curated, ...chosen, ...own];
  const kept = new Set(topics.map((topic) => topic.id));
  const finalMatcher =
    chosen.length === found.length ? matcher : compileTopics([...own, ...curated, ...chosen]);
  const briefing = settleMentions(briefingMentions, briefingParagraphs, kept, finalMatcher);
  const story = settleMentions(storyMentions, storyParagraphs, kept, finalMatcher);
  return {
    // Each document comes back as it went in: tagged when given, undefined when not.
    transcript: (transcript === undefined
      ? undefined
      : retagTranscript(
          transcript,
          briefing,
          topics,
          new Set(chosen.map((topic) => topic.id)),
        )) as T,
    article: (article === undefined ? undefined : retagArticle(article, story, topics)) as A,
    topics,
  };
}
