import { describe, expect, it } from 'vitest';
import { readPassageHash } from '../../src/domain/quote/hash';
import { resolveQuote } from '../../src/domain/quote/resolve';
import { cutSegmentsAt } from '../../src/domain/quote/segments';
import { describeTurnBlock } from '../../src/domain/quote/anchor';
import { stepSentences } from '../../src/domain/quote/sentence-steps';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { composeDocumentTitle } from '../../src/domain/site/document-title';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { withQuoteHash } from '../../src/routes/paths';
import type { Segment } from '../../src/domain/search/highlight';
import type { Span, Turn } from '../../src/domain/types';

// An invented briefing: two sentences, a stage direction, and a last paragraph, with the no-break
// spaces after stops that transcripts of this kind carry.
const briefing = [
  'Press Conference on Harbors',
  '',
  'MIN. RUIZ:\u00a0 No.\u00a0 There is no easy answer alone.',
  '',
  '(CROSSTALK)',
  '',
  'And that is final.',
  '',
].join('\n');
const transcript = parseTranscript(briefing);
const [turn] = transcript.turns;
if (turn === undefined) throw new Error('the briefing has no turn');
const block = describeTurnBlock(turn);
const textOf = (span: Span | undefined): string | undefined =>
  span === undefined ? undefined : briefing.slice(span.start, span.end);

describe('stepping through a turn a sentence at a time', () => {
  it('starts at the first sentence and moves on to the next, across paragraphs', () => {
    const first = stepSentences(block, undefined, 'next');
    expect(textOf(first)).toBe('No.');
    const second = stepSentences(block, first, 'next');
    expect(textOf(second)).toBe('There is no easy answer alone.');
    const third = stepSentences(block, second, 'next');
    expect(textOf(third)).toBe('(CROSSTALK)');
    expect(textOf(stepSentences(block, third, 'next'))).toBe('And that is final.');
  });

  it('adds the next sentence to the selection, keeping the no-break spaces between them', () => {
    const first = stepSentences(block, undefined, 'next');
    expect(textOf(stepSentences(block, first, 'extend'))).toBe(
      'No.\u00a0 There is no easy answer alone.',
    );
  });

  it('steps from words inside a sentence to the sentence after it, and back', () => {
    const start = briefing.indexOf('easy');
    const words = { start, end: start + 'easy'.length };
    expect(textOf(stepSentences(block, words, 'next'))).toBe('(CROSSTALK)');
    expect(textOf(stepSentences(block, words, 'previous'))).toBe('No.');
  });

  it('has no step past the last sentence or before the first', () => {
    const start = briefing.indexOf('And that');
    const last = { start, end: start + 'And that is final.'.length };
    expect(stepSentences(block, last, 'next')).toBeUndefined();
    expect(stepSentences(block, stepSentences(block, undefined, 'next'), 'previous')).toBe(
      undefined,
    );
  });
});

describe('cutting marked text where quoted words start and end', () => {
  const segments: Segment[] = [
    { start: 10, end: 20, text: 'Libya and ' },
    { start: 20, end: 25, text: 'NATO ', topicId: 'nato', opensMention: true },
    { start: 25, end: 30, text: 'today' },
  ] as Segment[];

  it('splits the segments the words begin and end in, and only the first part opens a mark', () => {
    expect(cutSegmentsAt(segments, { start: 16, end: 22 })).toEqual({
      before: [{ start: 10, end: 16, text: 'Libya ' }],
      inside: [
        { start: 16, end: 20, text: 'and ' },
        { start: 20, end: 22, text: 'NA', topicId: 'nato', opensMention: true },
      ],
      after: [
        { start: 22, end: 25, text: 'TO ', topicId: 'nato' },
        { start: 25, end: 30, text: 'today' },
      ],
    });
  });

  it('keeps words that fill the paragraph whole', () => {
    expect(cutSegmentsAt(segments, { start: 10, end: 30 }).inside.map((s) => s.text)).toEqual([
      'Libya and ',
      'NATO ',
      'today',
    ]);
  });
});

describe('the shipped briefing’s quote link', () => {
  it('#t9:q=472-508~g7iv names the minister’s "There is no military solution alone."', () => {
    const read = readPassageHash('#t9:q=472-508~g7iv');
    if (read.kind !== 'quote') throw new Error(`read as ${read.kind}`);
    expect(resolveQuote(seedTranscript, read.anchor)).toMatchObject({
      status: 'found',
      text: 'There is no military solution alone.',
    });
  });

  it('names the quote first in the page title', () => {
    const exchange = seedTranscript.exchanges.find((candidate) => candidate.id === 'x3');
    expect(
      composeDocumentTitle(
        seedTranscript,
        exchange,
        't9' as Turn['id'],
        'There is no military solution alone.',
      ),
    ).toBe(
      '“There is no military solution alone.” — Lorenzo Guerini in Question 2 · RAI Television reporter · Libya, NATO, Cooperation — Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing — Podium',
    );
  });

  it('puts the quote in place of a page’s own fragment, with the text fragment after it', () => {
    const anchor = { blockId: 't9', start: 472, end: 508, check: 'g7iv' };
    expect(withQuoteHash('/exchange/x3#t9', anchor)).toBe('/exchange/x3#t9:q=472-508~g7iv');
    expect(withQuoteHash('/d/abc/exchange/x3', anchor, 'text=There%20is')).toBe(
      '/d/abc/exchange/x3#t9:q=472-508~g7iv:~:text=There%20is',
    );
  });
});
