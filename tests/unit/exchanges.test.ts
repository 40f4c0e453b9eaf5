import { describe, expect, it } from 'vitest';
import { groupExchanges, isCourteous } from '../../src/domain/transcript/exchanges';
import type { ExchangeTurn } from '../../src/domain/transcript/exchanges';
import type {
  Mention,
  SpeakerId,
  SpeakerKind,
  Topic,
  TopicId,
  TurnId,
} from '../../src/domain/types';

const topics: Topic[] = [
  { id: 'libya' as TopicId, label: 'Libya', patterns: ['Libya'] },
  { id: 'iraq' as TopicId, label: 'Iraq', patterns: ['Iraq'] },
  { id: 'nato' as TopicId, label: 'NATO', patterns: ['NATO'] },
  { id: 'iran' as TopicId, label: 'Iran', patterns: ['Iran'] },
];
const mention = (topicId: string): Mention => ({ topicId: topicId as TopicId, start: 0, end: 1 });

let counter = 0;
function turn(kind: SpeakerKind, speaker: string, extra: Partial<ExchangeTurn> = {}): ExchangeTurn {
  counter += 1;
  return {
    id: `t${counter}` as TurnId,
    speakerId: speaker as SpeakerId,
    kind,
    words: 40,
    asksQuestion: kind === 'reporter',
    courteous: false,
    introduces: false,
    followsUp: false,
    mentions: [],
    ...extra,
  };
}
const thanks = (kind: SpeakerKind, speaker: string) =>
  turn(kind, speaker, { words: 2, asksQuestion: false, courteous: true });
const group = (turns: ExchangeTurn[]) =>
  groupExchanges(turns, topics, (id) => `Reporter ${id}`).map((exchange) => ({
    kind: exchange.kind,
    turns: exchange.turnIds.map((id) => turns.findIndex((t) => t.id === id)),
  }));

describe('groupExchanges', () => {
  it('groups statements, introduced questions with their answers, and the closing', () => {
    const turns = [
      turn('official', 'a'),
      turn('official', 'b'),
      turn('staff', 'staff', { introduces: true }),
      turn('reporter', 'r1'),
      turn('official', 'a'),
      turn('reporter', 'r2'),
      turn('official', 'b'),
      thanks('official', 'b'),
      thanks('staff', 'staff'),
    ];
    expect(group(turns)).toEqual([
      { kind: 'statements', turns: [0, 1] },
      { kind: 'question', turns: [2, 3, 4] },
      { kind: 'question', turns: [5, 6] },
      { kind: 'closing', turns: [7, 8] },
    ]);
  });

  it('keeps a follow-up in the exchange it follows', () => {
    const turns = [
      turn('reporter', 'r1'),
      turn('official', 'a'),
      turn('reporter', 'r1', { followsUp: true }),
      turn('official', 'a'),
    ];
    expect(group(turns)).toEqual([{ kind: 'question', turns: [0, 1, 2, 3] }]);
  });

  it('never makes the only answer to the last question the closing', () => {
    const turns = [turn('reporter', 'r1'), thanks('official', 'a'), thanks('staff', 'staff')];
    expect(group(turns)).toEqual([
      { kind: 'question', turns: [0, 1] },
      { kind: 'closing', turns: [2] },
    ]);
  });

  it('needs thanks for a closing, and takes a stage direction along', () => {
    const short = { words: 3, asksQuestion: false };
    const noThanks = [turn('reporter', 'r1'), turn('official', 'a'), turn('official', 'b', short)];
    expect(group(noThanks).map((exchange) => exchange.kind)).toEqual(['question']);
    const withStage = [
      turn('reporter', 'r1'),
      turn('official', 'a'),
      thanks('official', 'a'),
      turn('unknown', 'u', { words: 0, asksQuestion: false }),
    ];
    expect(group(withStage).at(-1)).toEqual({ kind: 'closing', turns: [2, 3] });
  });

  it('keeps everything as statements when nobody asks', () => {
    const turns = [turn('official', 'a'), thanks('official', 'b')];
    expect(group(turns)).toEqual([{ kind: 'statements', turns: [0, 1] }]);
  });

  it('numbers and titles questions by questioner and up to three most mentioned topics', () => {
    const turns = [
      turn('reporter', 'r1', { mentions: [mention('iran'), mention('iraq')] }),
      turn('official', 'a', {
        mentions: [mention('iraq'), mention('nato'), mention('nato'), mention('libya')],
      }),
      turn('reporter', 'r2'),
      turn('official', 'a'),
    ];
    const exchanges = groupExchanges(turns, topics, (id) => `Reporter ${id}`);
    expect(
      exchanges.map((exchange) => [exchange.id, exchange.title, exchange.questionNumber]),
    ).toEqual([
      ['x1', 'Question 1 · Reporter r1 · Iraq, NATO, Libya', 1],
      ['x2', 'Question 2 · Reporter r2', 2],
    ]);
    expect(exchanges[0]?.topics).toEqual(['libya', 'iraq', 'nato', 'iran']);
    expect(exchanges[0]?.questionerId).toBe('r1');
  });

  it('returns no exchanges for no turns', () => {
    expect(groupExchanges([], topics, () => '')).toEqual([]);
  });
});

describe('isCourteous', () => {
  it('reads thanks and pleasantries', () => {
    expect(['Thank you.', 'Pleasure to see you.', 'Grazie.'].map(isCourteous)).toEqual([
      true,
      true,
      true,
    ]);
    expect(isCourteous('We stay in Iraq.')).toBe(false);
  });
});
