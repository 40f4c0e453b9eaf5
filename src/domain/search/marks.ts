import { isContextTurn, type ExchangeView } from './filters';
import type { SearchHit } from './search';
import type { Article, TopicId, Transcript, TurnId } from '../types';

/** The document a mark is in. */
export type MarkDocument = 'briefing' | 'story';

/** What a mark shows: a search hit, or a mention of a chosen topic. */
export type MarkKind = 'hit' | 'mention';

const documentLetters: Readonly<Record<MarkDocument, string>> = { briefing: 'b', story: 's' };
const kindLetters: Readonly<Record<MarkKind, string>> = { hit: 'h', mention: 'm' };

/** The one name a mark goes by in the page, from its document, its kind and where it starts. */
export function markId(document: MarkDocument, kind: MarkKind, start: number): string {
  return `${documentLetters[document]}-${kindLetters[kind]}-${start}`;
}

/** A mark the reader can step to. */
export interface MarkTarget {
  readonly id: string;
  readonly document: MarkDocument;
  /**
   * For a briefing mark, the place among the shown exchanges of the row that draws it; undefined when
   * the filters hide its exchange or fold its turn (it is drawn only if the reader unfolds the turn).
   */
  readonly row: number | undefined;
}

/** The marks of the search and of the chosen topics, each briefing first, then story. */
export interface MarkTargets {
  readonly hits: readonly MarkTarget[];
  readonly mentions: readonly MarkTarget[];
}

/**
 * The marks a reader can step through: counted at once, listed only when the reader first steps
 * (on a long briefing listing them is work that most changes of filters never need).
 */
export interface MarkSteps {
  readonly hitCount: number;
  readonly mentionCount: number;
  /** Lists the marks; the first call does the work, later ones return the same lists. */
  readonly list: () => MarkTargets;
}

/** Groups hits by the block (turn or story paragraph) they fall in, each group in document order. */
export function groupHitsByBlock(hits: readonly SearchHit[]): ReadonlyMap<string, SearchHit[]> {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.blockId);
    if (group === undefined) groups.set(hit.blockId, [hit]);
    else group.push(hit);
  }
  return groups;
}

/** Where each drawn turn's row stands among the shown exchanges. */
function placeTurns(shown: readonly ExchangeView[], filtering: boolean): Map<TurnId, number> {
  const rows = new Map<TurnId, number>();
  shown.forEach((exchange, row) => {
    for (const turn of exchange.turns) {
      if (!isContextTurn(exchange, turn, filtering)) rows.set(turn.turn.id, row);
    }
  });
  return rows;
}

/** Lists every mark of the hits and of the chosen topics' mentions, in document order. */
export function listMarkTargets(input: {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  readonly shown: readonly ExchangeView[];
  readonly filtering: boolean;
  readonly briefingHits: readonly SearchHit[];
  readonly storyHits: readonly SearchHit[];
  readonly activeTopics: ReadonlySet<TopicId>;
}): MarkTargets {
  const { transcript, article, activeTopics } = input;
  const hits: MarkTarget[] = [];
  const mentions: MarkTarget[] = [];
  if (input.briefingHits.length + input.storyHits.length === 0 && activeTopics.size === 0) {
    return { hits, mentions };
  }
  const rows = placeTurns(input.shown, input.filtering);
  for (const hit of input.briefingHits) {
    const row = rows.get(hit.blockId as TurnId);
    hits.push({ id: markId('briefing', 'hit', hit.start), document: 'briefing', row });
  }
  for (const hit of input.storyHits) {
    hits.push({ id: markId('story', 'hit', hit.start), document: 'story', row: undefined });
  }
  if (activeTopics.size === 0) return { hits, mentions };
  for (const turn of transcript.turns) {
    const row = rows.get(turn.id);
    for (const paragraph of turn.paragraphs) {
      for (const mention of paragraph.mentions) {
        if (!activeTopics.has(mention.topicId)) continue;
        mentions.push({
          id: markId('briefing', 'mention', mention.start),
          document: 'briefing',
          row,
        });
      }
    }
  }
  for (const paragraph of article?.paragraphs ?? []) {
    for (const mention of paragraph.mentions) {
      if (!activeTopics.has(mention.topicId)) continue;
      mentions.push({
        id: markId('story', 'mention', mention.start),
        document: 'story',
        row: undefined,
      });
    }
  }
  return { hits, mentions };
}
