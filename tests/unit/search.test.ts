import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import {
  findTextMatches,
  indexTranscript,
  searchArticle,
  searchTranscript,
} from '../../src/domain/search/search';
import type {
  Article,
  ArticleParagraph,
  Paragraph,
  ParagraphId,
  SpeakerId,
  Transcript,
  TurnId,
} from '../../src/domain/types';

const texts = (text: string, offset: number, query: string) =>
  findTextMatches(text, offset, query).map((span) =>
    text.slice(span.start - offset, span.end - offset),
  );

describe('findTextMatches', () => {
  it('is case-insensitive and returns every occurrence in order', () => {
    expect(texts('NATO is the cornerstone; nato, Nato.', 0, 'nato')).toEqual([
      'NATO',
      'nato',
      'Nato',
    ]);
  });

  it('is accent-insensitive both ways', () => {
    expect(texts('Ministero della Difesa, Città, citta', 0, 'CITTÀ')).toEqual(['Città', 'citta']);
    expect(texts('Guerini said “perché”', 0, 'perche')).toEqual(['perché']);
  });

  it('maps decomposed accents back to the whole input characters', () => {
    const text = 'cafe\u0301 time';
    expect(findTextMatches(text, 10, 'café')).toEqual([{ start: 10, end: 15 }]);
  });

  it('returns input offsets', () => {
    const [span] = findTextMatches('the Taliban', 1000, 'taliban');
    expect(span).toEqual({ start: 1004, end: 1011 });
  });

  it('treats the query literally, regular-expression characters included', () => {
    expect(texts('meeting the 2% of GDP (spending) target.', 0, '2% of GDP (sp')).toEqual([
      '2% of GDP (sp',
    ]);
    expect(texts('a.b and axb', 0, 'a.b')).toEqual(['a.b']);
    expect(texts('[x]+ then x', 0, '[x]+')).toEqual(['[x]+']);
  });

  it('matches a plain space against the no-break space after a label and runs of spaces', () => {
    const text = 'Well, good morning.\u00a0 Thank you.';
    expect(texts(text, 0, 'morning. thank')).toEqual(['morning.\u00a0 Thank']);
  });

  it('matches straight quotes against typographic ones', () => {
    expect(texts('you’ve safely connected', 0, "you've")).toEqual(['you’ve']);
  });

  it('trims the query and ignores one shorter than two characters', () => {
    expect(texts('Italy and Iraq', 0, '  iraq ')).toEqual(['Iraq']);
    expect(findTextMatches('Italy and Iraq', 0, 'I')).toEqual([]);
    expect(findTextMatches('Italy and Iraq', 0, '   ')).toEqual([]);
  });

  it('finds non-overlapping matches', () => {
    expect(findTextMatches('aaaa', 0, 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('agrees with a plain lower-case search on ASCII text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', 'c', '.', '*') }),
        fc.constantFrom('ab', 'c.', '*a', 'bc'),
        (text, query) => {
          const expected: number[] = [];
          const lower = text.toLowerCase();
          for (
            let at = lower.indexOf(query);
            at !== -1;
            at = lower.indexOf(query, at + query.length)
          ) {
            expected.push(at);
          }
          expect(findTextMatches(text, 0, query).map((span) => span.start)).toEqual(expected);
        },
      ),
    );
  });

  it('always returns spans whose input text folds to the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 2, maxLength: 4 }), (text, query) => {
        for (const span of findTextMatches(text, 0, query)) {
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(text.length);
          const again = findTextMatches(text.slice(span.start, span.end), 0, query);
          expect(again.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

const paragraph = (text: string, start: number): Paragraph => ({
  text,
  start,
  end: start + text.length,
  interpreted: false,
  stage: false,
  mentions: [],
});

const transcript: Transcript = {
  kind: 'transcript',
  title: 'Briefing',
  boilerplate: [],
  preamble: [],
  speakers: [],
  exchanges: [],
  diagnostics: [],
  turns: [
    {
      id: 't1' as TurnId,
      speakerId: 's1' as SpeakerId,
      label: 'SEC. ESPER',
      labelSpan: { start: 0, end: 11 },
      interpreted: false,
      topics: [],
      paragraphs: [paragraph('Well, the Taliban.', 13), paragraph('Taliban again.', 33)],
    },
    {
      id: 't2' as TurnId,
      speakerId: 's2' as SpeakerId,
      label: 'Q',
      labelSpan: { start: 49, end: 51 },
      interpreted: false,
      topics: [],
      paragraphs: [paragraph('And the taliban?', 53)],
    },
  ],
};

describe('searchTranscript', () => {
  it('finds hits in document order with the turn as block and input offsets', () => {
    expect(searchTranscript(transcript, 'Taliban')).toEqual([
      { blockId: 't1', start: 23, end: 30 },
      { blockId: 't1', start: 33, end: 40 },
      { blockId: 't2', start: 61, end: 68 },
    ]);
  });

  it('gives the same hits when asked twice, whatever the first asker did with its copy', () => {
    const first = searchTranscript(transcript, 'taliban');
    first.length = 0;
    expect(searchTranscript(transcript, 'TALIBAN')).toHaveLength(3);
    expect(searchTranscript(transcript, 'again')).toEqual([{ blockId: 't1', start: 41, end: 46 }]);
  });

  it('finds in a whole generated transcript what a search of each paragraph in turn finds', () => {
    const generated = parseTranscript(generateTranscript({ turns: 80, seed: 3 }));
    const paragraphs = generated.turns.flatMap((turn) =>
      turn.paragraphs.map((paragraph) => ({ turn, paragraph })),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: paragraphs.length - 1 }),
        fc.nat({ max: 400 }),
        fc.integer({ min: 2, max: 12 }),
        (which, from, length) => {
          // Queries cut from the text itself, so that most find something, some across many turns.
          const text = paragraphs[which]?.paragraph.text ?? '';
          const query = text.slice(
            from % Math.max(1, text.length),
            (from % Math.max(1, text.length)) + length,
          );
          const oneByOne = paragraphs.flatMap(({ turn, paragraph }) =>
            findTextMatches(paragraph.text, paragraph.start, query).map((span) => ({
              blockId: turn.id,
              ...span,
            })),
          );
          expect(searchTranscript(generated, query)).toEqual(oneByOne);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds with an index kept for many queries what it finds without one', () => {
    const index = indexTranscript(transcript);
    expect(searchTranscript(transcript, 'Taliban', index)).toEqual([
      { blockId: 't1', start: 23, end: 30 },
      { blockId: 't1', start: 33, end: 40 },
      { blockId: 't2', start: 61, end: 68 },
    ]);
    expect(searchTranscript(transcript, 'again', index)).toEqual([
      { blockId: 't1', start: 41, end: 46 },
    ]);
  });

  it('finds nothing for a short or absent query', () => {
    expect(searchTranscript(transcript, 't')).toEqual([]);
    expect(searchTranscript(transcript, 'Herat')).toEqual([]);
  });
});

describe('searchArticle', () => {
  it('finds hits in the story with the paragraph as block', () => {
    const text = 'NATO is the cornerstone of our Defence.';
    const storyParagraph: ArticleParagraph = {
      id: 'p4' as ParagraphId,
      kind: 'quote',
      text,
      start: 500,
      end: 500 + text.length,
      topics: [],
      mentions: [],
    };
    const article: Article = {
      kind: 'article',
      title: 'News story',
      speakers: [],
      paragraphs: [storyParagraph],
      diagnostics: [],
    };
    expect(searchArticle(article, 'defence')).toEqual([{ blockId: 'p4', start: 531, end: 538 }]);
  });
});
