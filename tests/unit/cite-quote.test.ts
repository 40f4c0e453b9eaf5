import { describe, expect, it } from 'vitest';
import { quoteTurn, writeQuotationText } from '../../src/domain/cite/quote-passage';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { briefingText } from '../../src/content/seeds';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Transcript, Turn } from '../../src/domain/types';

const turnOf = (transcript: Transcript, id: string): Turn => {
  const turn = transcript.turns.find((candidate) => candidate.id === id);
  if (!turn) throw new Error(`no turn ${id}`);
  return turn;
};

/** The span of `words` in the input, found by the test, not by the code under test. */
const spanOf = (input: string, words: string) => {
  const start = input.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
};

// Guerini's answer on Libya in the shipped briefing (t9), whose second paragraph the old citation
// cut before "alone".
const libyaAnswer = turnOf(seedTranscript, 't9');

describe('quoteTurn on the shipped briefing', () => {
  it('widens a few selected words to the whole sentence "There is no military solution alone."', () => {
    const quotation = quoteTurn(libyaAnswer, {
      selection: spanOf(briefingText, 'no military solution'),
      maxChars: 500,
    });
    expect(writeQuotationText(quotation)).toBe('There is no military solution alone.');
    expect(quotation.continues).toBe(false);
  });

  it('never cuts the turn inside a sentence: it stops after a whole one and marks the rest', () => {
    expect(writeQuotationText(quoteTurn(libyaAnswer, { maxChars: 520 }))).toBe(
      'We have discussed Libya at length during our meeting. We have shared our concerns about the situation in Libya, and also with respect to the recent developments. We are particularly concerned for the presence of external actors, which have increased the level of conflict in Libya and make it difficult to implement the results of the Berlin conference.\n\n' +
        'However, those results are very important for us, as they represent the search for a political solution in Libya. There is no military solution alone. …',
    );
  });

  it('quotes a first sentence whole even when it is longer than the limit', () => {
    const quotation = quoteTurn(libyaAnswer, { maxChars: 10 });
    expect(writeQuotationText(quotation)).toBe(
      'We have discussed Libya at length during our meeting. …',
    );
  });

  it('keeps the paragraph break of a selection that crosses two paragraphs of the turn', () => {
    const quotation = quoteTurn(libyaAnswer, {
      selection: {
        start: spanOf(briefingText, 'results of the Berlin conference').start,
        end: spanOf(briefingText, 'those results are').end,
      },
      maxChars: 50,
    });
    expect(quotation.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'We are particularly concerned for the presence of external actors, which have increased the level of conflict in Libya and make it difficult to implement the results of the Berlin conference.',
      'However, those results are very important for us, as they represent the search for a political solution in Libya.',
    ]);
    expect(quotation.continues).toBe(false);
  });

  it('gives each quoted paragraph its exact place in the input', () => {
    const quotation = quoteTurn(libyaAnswer, {
      selection: spanOf(briefingText, 'There is no'),
      maxChars: 500,
    });
    for (const paragraph of quotation.paragraphs) {
      expect(briefingText.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
  });

  it('quotes the whole turn without an ellipsis when it fits', () => {
    expect(writeQuotationText(quoteTurn(turnOf(seedTranscript, 't17'), { maxChars: 500 }))).toBe(
      'Thank you.',
    );
  });
});

describe('quoteTurn on an invented briefing', () => {
  const text =
    'Press Conference\n\nMIN. RUIZ:\u00a0 No.\u00a0 There is no easy answer alone.\n\n(CROSSTALK)\n\nAnd that is final.  We go on.\n';
  const turn = turnOf(parseTranscript(text), 't1');

  it('leaves stage directions out and keeps the paragraphs of speech apart', () => {
    expect(writeQuotationText(quoteTurn(turn, { maxChars: 500 }))).toBe(
      'No. There is no easy answer alone.\n\nAnd that is final. We go on.',
    );
  });

  it('widens a selection over the stage direction to the sentences on either side', () => {
    const quotation = quoteTurn(turn, {
      selection: { start: text.indexOf('alone'), end: text.indexOf('that is') },
      maxChars: 5,
    });
    expect(writeQuotationText(quotation)).toBe(
      'There is no easy answer alone.\n\nAnd that is final.',
    );
  });

  it('takes a collapsed selection (a caret) as the sentence it stands in', () => {
    const at = text.indexOf('go on');
    expect(
      writeQuotationText(quoteTurn(turn, { selection: { start: at, end: at }, maxChars: 5 })),
    ).toBe('We go on.');
  });

  it('quotes the opening sentences when the selection lies outside the turn', () => {
    expect(
      writeQuotationText(quoteTurn(turn, { selection: { start: 0, end: 5 }, maxChars: 40 })),
    ).toBe('No. There is no easy answer alone. …');
  });
});
