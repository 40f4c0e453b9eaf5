import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../src/content/topics';
import { countTurnsBySpeaker, summarizeTopics } from '../../src/domain/topics/stats';
import { compileTopics, findMentions, topicsOf } from '../../src/domain/topics/match';
import type {
  Article,
  Paragraph,
  ParagraphId,
  Speaker,
  SpeakerId,
  Transcript,
  Turn,
  TurnId,
} from '../../src/domain/types';

const matcher = compileTopics(defaultTopics);
const speaker = (id: string, kind: Speaker['kind']): Speaker => ({
  id: id as SpeakerId,
  name: id,
  kind,
  labels: [id],
});

const turn = (id: string, speakerId: string, text: string, start: number): Turn => {
  const mentions = findMentions(text, start, matcher);
  const paragraph: Paragraph = {
    text,
    start,
    end: start + text.length,
    interpreted: false,
    stage: false,
    mentions,
  };
  return {
    id: id as TurnId,
    speakerId: speakerId as SpeakerId,
    label: speakerId,
    labelSpan: { start, end: start },
    interpreted: false,
    topics: topicsOf(mentions, defaultTopics),
    paragraphs: [paragraph],
  };
};

const transcript: Transcript = {
  kind: 'transcript',
  title: 'Briefing',
  boilerplate: [],
  preamble: [],
  speakers: [
    speaker('official', 'official'),
    speaker('reporter', 'reporter'),
    speaker('silent', 'unknown'),
  ],
  turns: [
    turn('t1', 'official', 'As a steadfast NATO ally, Italy and Iraq.', 0),
    turn('t2', 'reporter', 'On Libya and the Berlin conference?', 100),
    turn('t3', 'official', 'The Libyan crisis. Libya matters to NATO.', 200),
  ],
  exchanges: [],
  diagnostics: [],
};

const storyText =
  "In leading NATO's high readiness force and tackling illegal migration in the Mediterranean.";
const article: Article = {
  kind: 'article',
  title: 'Story',
  speakers: [],
  diagnostics: [],
  paragraphs: [
    {
      id: 'p1' as ParagraphId,
      kind: 'quote',
      text: storyText,
      start: 0,
      end: storyText.length,
      topics: [],
      mentions: findMentions(storyText, 0, matcher),
    },
  ],
};

describe('countTurnsBySpeaker', () => {
  it('counts turns per speaker, listing speakers with none', () => {
    expect([...countTurnsBySpeaker(transcript)]).toEqual([
      ['official', 2],
      ['reporter', 1],
      ['silent', 0],
    ]);
  });
});

describe('summarizeTopics', () => {
  const byId = (summaries: ReturnType<typeof summarizeTopics>) =>
    new Map(
      summaries.map((s) => [s.topic.id as string, [s.briefingCount, s.storyCount, s.presence]]),
    );

  it('counts mentions in each document and says where a topic is present', () => {
    const summary = byId(summarizeTopics(defaultTopics, transcript, article));
    expect(summary.get('nato')).toEqual([2, 1, 'both']);
    expect(summary.get('libya')).toEqual([4, 0, 'briefing']);
    expect(summary.get('mediterranean-migration')).toEqual([0, 2, 'story']);
    expect(summary.get('landmines')).toEqual([0, 0, 'none']);
  });

  it('lists topics in the given order and works without a story', () => {
    const summaries = summarizeTopics(defaultTopics, transcript, undefined);
    expect(summaries.map((s) => s.topic.id)).toEqual(defaultTopics.map((t) => t.id));
    expect(byId(summaries).get('iraq')).toEqual([1, 0, 'briefing']);
  });
});
