import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorStoryQuote, anchorTurnQuote } from '../../src/domain/quote/anchor';
import { readPassageHash, writeQuoteHash } from '../../src/domain/quote/hash';
import { resolveQuote, resolveStoryQuote } from '../../src/domain/quote/resolve';
import { briefingText, storyText } from '../../src/content/seeds';
import { seedArticle, seedTranscript } from '../../src/domain/document/seed-documents';
import type { Span } from '../../src/domain/types';

const numRuns = 300;
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The words of `selection` inside the given paragraphs, read straight from the input. */
const wordsIn = (input: string, paragraphs: readonly Span[], selection: Span): string =>
  squeeze(
    paragraphs
      .map((paragraph) =>
        input.slice(
          Math.max(paragraph.start, selection.start),
          Math.min(paragraph.end, selection.end),
        ),
      )
      .filter((part) => part.length > 0)
      .join('\n\n'),
  );

const anchorArbitrary = fc
  .record({
    blockId: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    start: fc.integer({ min: 0, max: 999_999_998 }),
    length: fc.integer({ min: 1, max: 5000 }),
    check: fc.stringMatching(/^[0-9a-z]{4}$/u),
  })
  .map(({ blockId, start, length, check }) => ({
    blockId,
    start,
    end: Math.min(start + length, 999_999_999),
    check,
  }));

// The characters a quote hash is made of, percent signs that may not decode, a lone surrogate, and
// a few others.
const hashText = fc.string({
  unit: fc.constantFrom(
    '%',
    ':',
    'q',
    '=',
    '~',
    '-',
    '#',
    't',
    '7',
    'p',
    'E',
    '0',
    'A',
    ' ',
    '.',
    '%E0',
    '%A4',
    '%3A',
    '\ud800',
    'é',
    '\u00a0',
  ),
  maxLength: 40,
});

describe('quote anchor properties', () => {
  it('an anchor written to the address reads back the same', () => {
    fc.assert(
      fc.property(anchorArbitrary, (anchor) => {
        expect(readPassageHash(writeQuoteHash(anchor))).toEqual({ kind: 'quote', anchor });
      }),
      { numRuns },
    );
  });

  it('resolving the anchor of any selection in a turn gives back the selected words', () => {
    const turns = seedTranscript.turns;
    const selection = fc.integer({ min: 0, max: turns.length - 1 }).chain((index) => {
      const turn = turns[index];
      const first = turn?.paragraphs[0]?.start ?? 0;
      const last = turn?.paragraphs.at(-1)?.end ?? 0;
      const offset = fc.integer({ min: Math.max(0, first - 4), max: last + 4 });
      return fc.tuple(fc.constant(index), offset, offset);
    });
    fc.assert(
      fc.property(selection, ([index, a, b]) => {
        const turn = turns[index];
        if (turn === undefined) return;
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        const expected = wordsIn(briefingText, turn.paragraphs, range);
        const anchor = anchorTurnQuote(turn, range);
        if (anchor === undefined) {
          expect(expected).toBe('');
          return;
        }
        const resolved = resolveQuote(seedTranscript, anchor);
        if (resolved.status !== 'found') throw new Error(`${turn.id} ${resolved.status}`);
        expect(squeeze(resolved.text)).toBe(expected);
        for (const span of resolved.spans) {
          expect(span.start).toBeGreaterThanOrEqual(range.start);
          expect(span.end).toBeLessThanOrEqual(range.end);
        }
        expect(
          squeeze(resolved.spans.map((span) => briefingText.slice(span.start, span.end)).join(' ')),
        ).toBe(expected);
      }),
      { numRuns },
    );
  });

  it('resolving the anchor of any selection in a story paragraph gives back the selected words', () => {
    const paragraphs = seedArticle.paragraphs;
    const selection = fc.integer({ min: 0, max: paragraphs.length - 1 }).chain((index) => {
      const paragraph = paragraphs[index];
      const offset = fc.integer({ min: paragraph?.start ?? 0, max: paragraph?.end ?? 0 });
      return fc.tuple(fc.constant(index), offset, offset);
    });
    fc.assert(
      fc.property(selection, ([index, a, b]) => {
        const paragraph = paragraphs[index];
        if (paragraph === undefined) return;
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        const expected = wordsIn(storyText, [paragraph], range);
        const anchor = anchorStoryQuote(paragraph, range);
        if (anchor === undefined) {
          expect(expected).toBe('');
          return;
        }
        const resolved = resolveStoryQuote(seedArticle, anchor);
        if (resolved.status !== 'found') throw new Error(`${paragraph.id} ${resolved.status}`);
        expect(squeeze(resolved.text)).toBe(expected);
      }),
      { numRuns },
    );
  });

  it('reading any hash never throws and always says what it found', () => {
    fc.assert(
      fc.property(hashText, (text) => {
        const read = readPassageHash(`#${text}`);
        expect(['none', 'block', 'quote', 'invalid']).toContain(read.kind);
        if (read.kind === 'invalid') expect(read.message.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  });

  it('resolving any anchor never throws', () => {
    fc.assert(
      fc.property(
        anchorArbitrary,
        fc.constantFrom('t1', 't9', 't19', 't20', 'p1', 'p17'),
        (anchor, blockId) => {
          const resolved = resolveQuote(seedTranscript, { ...anchor, blockId });
          expect(['found', 'stale', 'missing']).toContain(resolved.status);
          expect(['found', 'stale', 'missing']).toContain(
            resolveStoryQuote(seedArticle, { ...anchor, blockId }).status,
          );
        },
      ),
      { numRuns },
    );
  });
});
