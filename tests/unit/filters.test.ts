import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../src/content/topics';
import {
  emptyFilters,
  filterTranscript,
  isFiltering,
  type Filters,
  type TranscriptView,
} from '../../src/domain/search/filters';
import { compileTopics, findMentions, topicsOf } from '../../src/domain/topics/match';
import type {
  ExchangeId,
  Paragraph,
  Speaker,
  SpeakerId,
  TopicId,
  Transcript,
  Turn,
  TurnId,
} from '../../src/domain/types';

const matcher = compileTopics(defaultTopics);
const speakers: Speaker[] = [
  { id: 'esper' as SpeakerId, name: 'Mark T. Esper', kind: 'official', labels: ['SEC. ESPER'] },
  {
    id: 'guerini' as SpeakerId,
    name: 'Lorenzo Guerini',
    kind: 'official',
    labels: ['MIN. GUERINI'],
  },
  { id: 'staff' as SpeakerId, name: 'Staff', kind: 'staff', labels: ['STAFF'] },
  { id: 'martinez' as SpeakerId, name: 'Luis Martinez', kind: 'reporter', labels: ['Q'] },
];

// Real lines of the briefing, laid out as [exchange][turn] = [speaker, ...paragraphs].
const layout: [string, ...string[]][][] = [
  [
    [
      'esper',
      'As a steadfast NATO ally, Italy hosts roughly 34,000 United States service members.',
    ],
    ['guerini', 'Thank you, Secretary Esper.  Thank you for hosting me here in Washington.'],
  ],
  [
    ['staff', 'Luis Martinez, ABC News.'],
    ['martinez', 'Hi, Luis Martinez with ABC News.', 'Is the Taliban meeting its commitments?'],
    ['esper', 'Well, the Taliban commitments are in Afghanistan.'],
    ['guerini', 'Italy is in Herat, in the west of the country.'],
  ],
  [
    ['staff', 'Jeff Schogol, Task & Force.'],
    ['martinez', 'On Libya: what about the Berlin conference?'],
    ['guerini', 'We support the Berlin process for Libya.'],
  ],
];

function buildTranscript(): Transcript {
  let input = '';
  const turns: Turn[] = [];
  const exchanges = layout.map((turnSpecs, exchangeIndex) => {
    const turnIds = turnSpecs.map(([speakerId, ...texts]) => {
      const paragraphs = texts.map((text): Paragraph => {
        const start = input.length;
        input += `${text}\n\n`;
        const mentions = findMentions(text, start, matcher);
        return {
          text,
          start,
          end: start + text.length,
          interpreted: false,
          stage: false,
          mentions,
        };
      });
      const id = `t${turns.length + 1}` as TurnId;
      const mentions = paragraphs.flatMap((paragraph) => paragraph.mentions);
      turns.push({
        id,
        speakerId: speakerId as SpeakerId,
        label: speakerId.toUpperCase(),
        labelSpan: { start: 0, end: 0 },
        interpreted: false,
        topics: topicsOf(mentions, defaultTopics),
        paragraphs,
      });
      return id;
    });
    return {
      id: `x${exchangeIndex + 1}` as ExchangeId,
      kind: exchangeIndex === 0 ? ('statements' as const) : ('question' as const),
      title: `Exchange ${exchangeIndex + 1}`,
      turnIds,
      topics: [],
    };
  });
  return {
    kind: 'transcript',
    title: 'Joint Press Briefing',
    boilerplate: [],
    preamble: [],
    speakers,
    turns,
    exchanges,
    diagnostics: [],
  };
}

const transcript = buildTranscript();
const filter = (filters: Partial<Filters>, pinned?: string): TranscriptView =>
  filterTranscript(
    transcript,
    { ...emptyFilters, ...filters },
    {
      pinned: pinned as ExchangeId | undefined,
    },
  );
const shape = (view: TranscriptView) =>
  view.exchanges.map((exchange) => [
    exchange.exchange.id,
    exchange.matches,
    exchange.turns.map((turn) => `${turn.turn.id}:${turn.visibility}`).join(' '),
  ]);
const speakerIds = (...ids: string[]) => ids as SpeakerId[];
const topicIds = (...ids: string[]) => ids as TopicId[];

describe('isFiltering', () => {
  it('is false for no filters and for a query too short to search', () => {
    expect(isFiltering(emptyFilters)).toBe(false);
    expect(isFiltering({ ...emptyFilters, q: ' a ' })).toBe(false);
  });

  it('is true for a speaker, a topic or a searchable query', () => {
    expect(isFiltering({ ...emptyFilters, speakers: speakerIds('esper') })).toBe(true);
    expect(isFiltering({ ...emptyFilters, topics: topicIds('libya') })).toBe(true);
    expect(isFiltering({ ...emptyFilters, q: 'li' })).toBe(true);
  });
});

describe('filterTranscript', () => {
  it('shows every turn as a match when nothing is chosen', () => {
    const view = filter({});
    expect(view.matchingExchangeCount).toBe(3);
    expect(view.matchingTurnCount).toBe(transcript.turns.length);
    expect(view.exchanges.flatMap((x) => x.turns).every((t) => t.visibility === 'match')).toBe(
      true,
    );
  });

  it('keeps the other turns of a matching exchange as context, and hides other exchanges', () => {
    expect(shape(filter({ speakers: speakerIds('martinez') }))).toEqual([
      ['x1', false, 't1:hidden t2:hidden'],
      ['x2', true, 't3:context t4:match t5:context t6:context'],
      ['x3', true, 't7:context t8:match t9:context'],
    ]);
  });

  it('ORs values within a kind', () => {
    const view = filter({ speakers: speakerIds('esper', 'staff') });
    expect(view.matchingTurnCount).toBe(4);
    expect(view.matchingExchangeCount).toBe(3);
    const afghanOrLibya = filter({ topics: topicIds('afghanistan', 'libya') });
    expect(afghanOrLibya.matchingTurnCount).toBe(5);
  });

  it('ANDs speakers, topics and the query', () => {
    expect(
      shape(filter({ speakers: speakerIds('guerini'), topics: topicIds('afghanistan') })),
    ).toEqual([
      ['x1', false, 't1:hidden t2:hidden'],
      ['x2', true, 't3:context t4:context t5:context t6:match'],
      ['x3', false, 't7:hidden t8:hidden t9:hidden'],
    ]);
    const view = filter({
      speakers: speakerIds('guerini'),
      topics: topicIds('libya'),
      q: 'process',
    });
    expect(view.matchingTurnCount).toBe(1);
    expect(view.exchanges[2]?.turns[2]?.visibility).toBe('match');
  });

  it('matches the query case- and accent-insensitively across paragraphs', () => {
    const view = filter({ q: 'TÁLIBAN' });
    expect(view.exchanges[1]?.turns.map((t) => t.visibility)).toEqual([
      'context',
      'match',
      'match',
      'context',
    ]);
  });

  it('ignores a query shorter than two characters', () => {
    expect(filter({ q: 'x' }).matchingTurnCount).toBe(transcript.turns.length);
  });

  it('shows the pinned exchange even when the filters hide it', () => {
    const view = filter({ speakers: speakerIds('martinez') }, 'x1');
    expect(view.exchanges[0]).toMatchObject({ matches: false, pinned: true });
    expect(view.exchanges[0]?.turns.map((t) => t.visibility)).toEqual(['context', 'context']);
    expect(view.exchanges[1]?.pinned).toBe(false);
  });

  it('reports an empty result when nothing matches', () => {
    const view = filter({ speakers: speakerIds('esper'), topics: topicIds('libya') });
    expect(view.matchingExchangeCount).toBe(0);
    expect(view.matchingTurnCount).toBe(0);
    expect(view.exchanges.every((x) => x.turns.every((t) => t.visibility === 'hidden'))).toBe(true);
  });

  it('treats unknown ids as choosing nothing that exists', () => {
    expect(filter({ speakers: speakerIds('nobody') }).matchingExchangeCount).toBe(0);
  });

  it('holds its rules for any choice of speakers and topics', () => {
    const speakerChoice = fc.subarray(speakers.map((speaker) => speaker.id));
    const topicChoice = fc.subarray(['afghanistan', 'libya', 'nato', 'iraq'] as TopicId[]);
    fc.assert(
      fc.property(speakerChoice, topicChoice, (chosenSpeakers, chosenTopics) => {
        const view = filter({ speakers: chosenSpeakers, topics: chosenTopics });
        let turns = 0;
        for (const exchange of view.exchanges) {
          const visibilities = exchange.turns.map((turn) => turn.visibility);
          expect(exchange.matches).toBe(visibilities.includes('match'));
          expect(visibilities.includes('hidden')).toBe(!exchange.matches);
          for (const { turn, visibility } of exchange.turns) {
            const bySpeaker =
              chosenSpeakers.length === 0 || chosenSpeakers.includes(turn.speakerId);
            const byTopic =
              chosenTopics.length === 0 || turn.topics.some((t) => chosenTopics.includes(t));
            expect(visibility === 'match').toBe(bySpeaker && byTopic);
            if (visibility === 'match') turns += 1;
          }
        }
        expect(view.matchingTurnCount).toBe(turns);
        expect(view.matchingExchangeCount).toBe(view.exchanges.filter((x) => x.matches).length);
      }),
    );
  });
});
