import type {
  Article,
  ExchangeId,
  ParagraphId,
  SpeakerId,
  TopicId,
  Transcript,
  TurnId,
} from '../../src/domain/types';

// Hand-made documents for the export tests: they exercise every export rule without the parser.

const paragraph = (text: string, extra: { interpreted?: boolean; stage?: boolean } = {}) => ({
  text,
  start: 0,
  end: text.length,
  interpreted: extra.interpreted ?? false,
  stage: extra.stage ?? false,
  mentions: [],
});

/** A small briefing: a statement, a question with a mid-turn interpreted paragraph, a formula-like answer. */
export const sampleTranscript: Transcript = {
  kind: 'transcript',
  title: 'Minister *Rossi* Press Briefing',
  source: { publisher: 'Ministry', date: '2020-01-28' },
  boilerplate: [],
  preamble: [{ kind: 'metadata', text: 'Jan. 28, 2020', start: 0, end: 13 }],
  speakers: [
    {
      id: 's1' as SpeakerId,
      name: 'Anna Rossi',
      kind: 'official',
      role: 'Minister of Defense',
      affiliation: 'Italy',
      labels: ['MINISTER ANNA ROSSI (THROUGH TRANSLATOR)', 'MIN. ROSSI'],
    },
    {
      id: 's2' as SpeakerId,
      name: 'Jo Smith',
      kind: 'reporter',
      affiliation: 'Daily "News", Inc.',
      labels: ['Q'],
    },
  ],
  turns: [
    {
      id: 't1' as TurnId,
      speakerId: 's1' as SpeakerId,
      label: 'MINISTER ANNA ROSSI (THROUGH TRANSLATOR)',
      labelSpan: { start: 0, end: 10 },
      interpreted: true,
      topics: ['libya' as TopicId],
      paragraphs: [
        paragraph('Good morning.', { interpreted: true }),
        paragraph('On Libya, <b>we</b> agree.', { interpreted: true }),
      ],
    },
    {
      id: 't2' as TurnId,
      speakerId: 's2' as SpeakerId,
      label: 'Q',
      labelSpan: { start: 0, end: 1 },
      interpreted: false,
      topics: ['nato' as TopicId, 'iraq' as TopicId],
      paragraphs: [
        paragraph('Hi, Jo Smith, with "Daily News", here.'),
        paragraph('Minister, about NATO and Iraq?', { interpreted: true }),
      ],
    },
    {
      id: 't3' as TurnId,
      speakerId: 's1' as SpeakerId,
      label: 'MIN. ROSSI',
      labelSpan: { start: 0, end: 1 },
      interpreted: false,
      topics: [],
      paragraphs: [
        paragraph('=SUM(A1:A2) -- and +1, @home'),
        paragraph('(CROSSTALK)', { stage: true }),
      ],
    },
  ],
  exchanges: [
    {
      id: 'x1' as ExchangeId,
      kind: 'statements',
      title: 'Opening statements',
      turnIds: ['t1' as TurnId],
      topics: ['libya' as TopicId],
    },
    {
      id: 'x2' as ExchangeId,
      kind: 'question',
      title: 'Question 1 · Daily News',
      questionNumber: 1,
      turnIds: ['t2' as TurnId, 't3' as TurnId],
      questionerId: 's2' as SpeakerId,
      topics: ['nato' as TopicId, 'iraq' as TopicId],
    },
  ],
  diagnostics: [],
};

export const sampleArticle: Article = {
  kind: 'article',
  title: 'Allies meet',
  speakers: [{ id: 'p1' as SpeakerId, name: 'Sir John Doe', kind: 'official', labels: [] }],
  paragraphs: [
    {
      id: 'p1' as ParagraphId,
      kind: 'body',
      text: 'They met.',
      start: 0,
      end: 9,
      topics: [],
      mentions: [],
    },
    {
      id: 'p2' as ParagraphId,
      kind: 'quote',
      text: 'We stand together.',
      speakerId: 'p1' as SpeakerId,
      start: 0,
      end: 18,
      topics: [],
      mentions: [],
    },
    {
      id: 'p3' as ParagraphId,
      kind: 'list-item',
      text: '- Ships sailed.',
      start: 0,
      end: 15,
      topics: [],
      mentions: [],
    },
    {
      id: 'p4' as ParagraphId,
      kind: 'caption',
      text: 'Picture: a ship.',
      start: 0,
      end: 16,
      topics: [],
      mentions: [],
    },
  ],
  diagnostics: [],
};
