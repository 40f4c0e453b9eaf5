import { describe, expect, it } from 'vitest';
import { anchorStoryQuote, anchorTurnQuote, type QuoteAnchor } from '../../src/domain/quote/anchor';
import { readPassageHash, writeQuoteHash } from '../../src/domain/quote/hash';
import { resolveQuote, resolveStoryQuote } from '../../src/domain/quote/resolve';
import { parseArticle } from '../../src/domain/article/parse-article';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Span, Transcript, Turn } from '../../src/domain/types';

// An invented briefing: a turn of two paragraphs of speech around a stage direction, with the
// no-break spaces after stops that transcripts of this kind carry.
const briefing = [
  'Press Conference on Harbors',
  '',
  'STAFF:\u00a0 Dana Reyes, Harbor Daily.',
  '',
  'MIN. RUIZ:\u00a0 No.\u00a0 There is no easy answer alone.',
  '',
  '(CROSSTALK)',
  '',
  'And that is final.\u00a0 We go on.',
  '',
].join('\n');

const turnOf = (transcript: Transcript, id: string): Turn => {
  const turn = transcript.turns.find((candidate) => candidate.id === id);
  if (!turn) throw new Error(`no turn ${id}`);
  return turn;
};

/** Where `words` stand in `text`, found by the test itself. */
const spanOf = (text: string, words: string, from = 0): Span => {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
};

const transcript = parseTranscript(briefing);
const answer = turnOf(transcript, 't2');

const anchorOf = (turn: Turn, selection: Span): QuoteAnchor => {
  const anchor = anchorTurnQuote(turn, selection);
  if (!anchor) throw new Error('no anchor');
  return anchor;
};

describe('a quote anchor', () => {
  it('counts in the turn’s own text, so "easy answer" is at 17–28 of turn t2', () => {
    // "No." (3), a no-break space and a space (2), "There is no " (12): "easy answer" starts at 17.
    const anchor = anchorOf(answer, spanOf(briefing, 'easy answer'));
    expect(anchor).toEqual({ blockId: 't2', start: 17, end: 28, check: anchor.check });
    expect(writeQuoteHash(anchor)).toBe(`#t2:q=17-28~${anchor.check}`);
    // FNV-1a (32 bits) of "easy answer" is 95406419; modulo 36^4 in base 36 that is "sw2b". Pinned:
    // a link already shared must keep its check.
    expect(anchor.check).toBe('sw2b');
  });

  it('round-trips through the address and resolves to exactly the selected words', () => {
    const words = spanOf(briefing, 'easy answer alone');
    const read = readPassageHash(writeQuoteHash(anchorOf(answer, words)));
    if (read.kind !== 'quote') throw new Error(`read as ${read.kind}`);
    expect(resolveQuote(transcript, read.anchor)).toEqual({
      status: 'found',
      blockId: 't2',
      spans: [words],
      range: words,
      text: 'easy answer alone',
    });
  });

  it('survives a re-parse of the same text with lines added before the turn', () => {
    const anchor = anchorOf(answer, spanOf(briefing, 'There is no easy answer'));
    const longer = briefing.replace(
      'Press Conference on Harbors\n',
      'Press Conference on Harbors\nMarch 4, 2021\nPresenter: Ana M. Ruiz\n',
    );
    const resolved = resolveQuote(parseTranscript(longer), anchor);
    expect(resolved).toMatchObject({
      status: 'found',
      spans: [spanOf(longer, 'There is no easy answer')],
      text: 'There is no easy answer',
    });
  });

  it('crosses paragraph edges inside the turn, with one span a paragraph', () => {
    const selection = {
      start: spanOf(briefing, 'alone').start,
      end: spanOf(briefing, 'And that').end,
    };
    const anchor = anchorOf(answer, selection);
    const resolved = resolveQuote(transcript, anchor);
    expect(resolved).toMatchObject({
      status: 'found',
      spans: [
        spanOf(briefing, 'alone.'),
        spanOf(briefing, '(CROSSTALK)'),
        spanOf(briefing, 'And that'),
      ],
      text: 'alone.\n\n(CROSSTALK)\n\nAnd that',
    });
  });

  it('starts at the next paragraph and ends at the previous one when the selection edges fall between', () => {
    const gapBefore = spanOf(briefing, '(CROSSTALK)').start - 1;
    const gapAfter = spanOf(briefing, 'And that').start - 1;
    const anchor = anchorOf(answer, { start: gapBefore, end: gapAfter });
    expect(resolveQuote(transcript, anchor)).toMatchObject({ text: '(CROSSTALK)' });
    expect(anchorTurnQuote(answer, { start: gapAfter, end: gapAfter + 1 })).toBeUndefined();
  });

  it('leaves white space out at either end of a selection', () => {
    const selection = { start: spanOf(briefing, 'No.').end, end: spanOf(briefing, 'There').end };
    const resolved = resolveQuote(transcript, anchorOf(answer, selection));
    expect(resolved).toMatchObject({ text: 'There' });
  });

  it('still resolves when no-break spaces became plain spaces', () => {
    const anchor = anchorOf(answer, spanOf(briefing, 'No.\u00a0 There is'));
    const plain = briefing.replaceAll('\u00a0', ' ');
    expect(resolveQuote(parseTranscript(plain), anchor)).toMatchObject({
      status: 'found',
      spans: [spanOf(plain, 'No.  There is')],
      text: 'No.  There is',
    });
  });

  it('says the text no longer matches when a quoted word changed, and not when a later one did', () => {
    const anchor = anchorOf(answer, spanOf(briefing, 'easy answer'));
    const edited = parseTranscript(briefing.replace('easy answer', 'quick answer'));
    expect(resolveQuote(edited, anchor)).toEqual({
      status: 'stale',
      blockId: 't2',
      message:
        'The text has changed since this quote link was made, so the quoted words cannot be marked exactly.',
    });
    const later = parseTranscript(briefing.replace('We go on.', 'We carry on.'));
    expect(resolveQuote(later, anchor)).toMatchObject({ status: 'found', text: 'easy answer' });
  });

  it('says the text no longer matches when the range runs past the turn', () => {
    expect(
      resolveQuote(transcript, { blockId: 't2', start: 40, end: 400, check: 'abcd' }),
    ).toMatchObject({
      status: 'stale',
    });
  });

  it('says which turn is missing', () => {
    expect(resolveQuote(transcript, { blockId: 't9', start: 0, end: 3, check: 'abcd' })).toEqual({
      status: 'missing',
      blockId: 't9',
      message: 'This briefing has no turn “t9”.',
    });
  });

  it('anchors and resolves words of a story paragraph', () => {
    const storyText = 'Harbors Reopen\n\nThe port opened on Monday.\u00a0 Ships came back.\n';
    const story = parseArticle(storyText);
    const paragraph = story.paragraphs[0];
    if (!paragraph) throw new Error('no paragraph');
    const anchor = anchorStoryQuote(paragraph, spanOf(storyText, 'Ships came back'));
    if (!anchor) throw new Error('no anchor');
    expect(writeQuoteHash(anchor)).toBe(`#p1:q=28-43~${anchor.check}`);
    expect(resolveStoryQuote(story, anchor)).toMatchObject({
      status: 'found',
      spans: [spanOf(storyText, 'Ships came back')],
    });
    expect(resolveStoryQuote(story, { ...anchor, blockId: 'p7' })).toMatchObject({
      status: 'missing',
      message: 'This story has no paragraph “p7”.',
    });
  });
});

describe('readPassageHash', () => {
  it('reads a plain turn or paragraph hash as before', () => {
    expect(readPassageHash('#t7')).toEqual({ kind: 'block', blockId: 't7' });
    expect(readPassageHash('#p3')).toEqual({ kind: 'block', blockId: 'p3' });
    expect(readPassageHash('')).toEqual({ kind: 'none' });
    expect(readPassageHash('#')).toEqual({ kind: 'none' });
  });

  it('reads a quote', () => {
    expect(readPassageHash('#t7:q=120-188~k3f9')).toEqual({
      kind: 'quote',
      anchor: { blockId: 't7', start: 120, end: 188, check: 'k3f9' },
    });
    // Some apps percent-encode what they pass on.
    expect(readPassageHash('#t7%3Aq%3D120-188%7Ek3f9')).toEqual(
      readPassageHash('#t7:q=120-188~k3f9'),
    );
  });

  it('ignores a text fragment the browser left in the hash', () => {
    expect(readPassageHash('#t7:~:text=Libya')).toEqual({ kind: 'block', blockId: 't7' });
  });

  it('gives a clear result for bad quotes, keeping the turn when it can be read', () => {
    const unreadable =
      'The quote in this link cannot be read, so the whole passage is shown instead.';
    for (const hash of [
      '#t7:q=',
      '#t7:q=9-3~abcd',
      '#t7:q=4-4~abcd',
      '#t7:q=1-2',
      '#t7:q=a-b~abcd',
      '#t7:q=1-2~ABCD',
    ]) {
      expect(readPassageHash(hash)).toEqual({
        kind: 'invalid',
        blockId: 't7',
        message: unreadable,
      });
    }
    expect(readPassageHash('#:q=1-2~abcd')).toEqual({
      kind: 'invalid',
      message: 'This quote link does not say which passage it quotes.',
    });
    expect(readPassageHash('#%E0%A4%A')).toEqual({
      kind: 'invalid',
      message: 'The part of this link after “#” is garbled.',
    });
  });
});
