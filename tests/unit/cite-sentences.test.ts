import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/domain/cite/sentences';

const split = (text: string): string[] =>
  segmentSentences(text).map((span) => text.slice(span.start, span.end));

describe('segmentSentences', () => {
  it('splits at stops followed by a no-break space and a space, as the shipped briefing writes', () => {
    expect(
      split(
        'However, those results are very important for us, as they represent the search for a political solution in Libya.\u00a0 There is no military solution alone. \u00a0We want to bring forth a political solution to tackle the peace process together.',
      ),
    ).toEqual([
      'However, those results are very important for us, as they represent the search for a political solution in Libya.',
      'There is no military solution alone.',
      'We want to bring forth a political solution to tackle the peace process together.',
    ]);
  });

  it('does not end a sentence at a title, an initial or a dotted acronym', () => {
    expect(
      split(
        'Mr. Secretary, Gen. Mattis met Dr. Ana M. Ruiz.  U.S. support is key.  So is the U.S. Army.',
      ),
    ).toEqual([
      'Mr. Secretary, Gen. Mattis met Dr. Ana M. Ruiz.',
      'U.S. support is key.',
      'So is the U.S. Army.',
    ]);
  });

  it('keeps "No. 2", "Jan. 27" and decimals inside a sentence, but not "No." before a new sentence', () => {
    expect(
      split('We agreed on No. 2 of the plan on Jan. 27, a 2.5% rise. No. That is all.'),
    ).toEqual(['We agreed on No. 2 of the plan on Jan. 27, a 2.5% rise.', 'No.', 'That is all.']);
  });

  it('ends a sentence at an ellipsis before a capital, not before a lower-case word', () => {
    expect(split('Our work goes on... and on… Then we rest… and eat.')).toEqual([
      'Our work goes on... and on…',
      'Then we rest… and eat.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(
      split('“It is done.” She left. (We stayed.) “Why?” he asked. [Applause.] Fine!'),
    ).toEqual([
      '“It is done.”',
      'She left.',
      '(We stayed.)',
      '“Why?” he asked.',
      '[Applause.]',
      'Fine!',
    ]);
  });

  it('starts a sentence at an opening bracket, as a stage direction in speech does', () => {
    expect(split('Tensions rose. (inaudible) contributed to them. That I thank.')).toEqual([
      'Tensions rose.',
      '(inaudible) contributed to them.',
      'That I thank.',
    ]);
  });

  it('keeps a last sentence without a stop and drops white space at the edges', () => {
    expect(split('  Thank you.\u00a0 And Grazie  ')).toEqual(['Thank you.', 'And Grazie']);
    expect(split('')).toEqual([]);
    expect(split(' \u00a0 ')).toEqual([]);
  });

  it('gives offsets into the text it was given', () => {
    expect(segmentSentences('Yes.\u00a0 No.')).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 9 },
    ]);
  });
});
