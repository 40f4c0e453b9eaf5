import { describe, expect, it } from 'vitest';
import { acceptLabels } from '../../src/domain/transcript/accept-labels';
import { readLabelCandidate, readTranslatorMark } from '../../src/domain/transcript/labels';

const readLine = (line: string) => readLabelCandidate(line, 0, line.length);
const labelOf = (line: string) => readLine(line)?.label;

describe('readLabelCandidate', () => {
  it('reads the briefing labels with their no-break space after the colon', () => {
    const line = 'SECRETARY OF DEFENSE DR. MARK T. ESPER:\u00a0 Well, good morning, everyone.';
    expect(readLine(line)).toEqual({
      label: 'SECRETARY OF DEFENSE DR. MARK T. ESPER',
      name: 'SECRETARY OF DEFENSE DR. MARK T. ESPER',
      interpreted: false,
      mixedCase: false,
      form: 'colon',
      span: { start: 0, end: 39 },
    });
    expect(labelOf('SEC. ESPER:\u00a0 Regarding your question on 5G')).toBe('SEC. ESPER');
    expect(labelOf('STAFF:\u00a0 Luis Martinez, ABC News.')).toBe('STAFF');
    expect(labelOf('Q:\u00a0 (inaudible), RAI Television.')).toBe('Q');
  });

  it('reads a parenthesised interpretation note in any case', () => {
    expect(readLine('MIN. GUERINI (THROUGH TRANSLATOR):\u00a0 Thank you.')).toMatchObject({
      label: 'MIN. GUERINI (THROUGH TRANSLATOR)',
      name: 'MIN. GUERINI',
      note: 'THROUGH TRANSLATOR',
      interpreted: true,
    });
    expect(readLine('MINISTER WEBER (through interpreter): Yes.')).toMatchObject({
      name: 'MINISTER WEBER',
      interpreted: true,
    });
    expect(readLine('Q (via telephone): Hello?')).toMatchObject({ note: 'via telephone' });
    expect(readLine('Q (via telephone): Hello?')?.interpreted).toBe(false);
  });

  it('reads QUESTION:, UNKNOWN:, (UNKNOWN):, GEN. and MR. labels', () => {
    expect(labelOf('QUESTION: What now?')).toBe('QUESTION');
    expect(labelOf('UNKNOWN: Ready.')).toBe('UNKNOWN');
    expect(labelOf('(UNKNOWN): Can you speak up?')).toBe('(UNKNOWN)');
    expect(labelOf('GEN. MILLEY: The drawdown will follow conditions.')).toBe('GEN. MILLEY');
    expect(labelOf('MR. HOFFMAN: Next question.')).toBe('MR. HOFFMAN');
    expect(labelOf("MS. O'NEIL-SMITH & CO.: Thanks.")).toBe("MS. O'NEIL-SMITH & CO.");
  });

  it('reads a space before the colon, indentation, tabs and a colon at the end of the line', () => {
    const line = '  \tMR. HOFFMAN :  Bob, go ahead.';
    expect(readLine(line)).toMatchObject({ label: 'MR. HOFFMAN', span: { start: 3, end: 16 } });
    expect(line.slice(3, 16)).toBe('MR. HOFFMAN :');
    expect(labelOf('SEC. ESPER:')).toBe('SEC. ESPER');
  });

  it('reads only from the start offset given and within the line', () => {
    const text = 'Intro line\nQ:  Why?';
    expect(readLabelCandidate(text, 11, text.length)?.span).toEqual({ start: 11, end: 13 });
    expect(readLabelCandidate(text, 0, 10)).toBeUndefined();
  });

  it('does not read sentences, lower-case openings, times or web addresses as labels', () => {
    expect(readLine('Well, about Afghanistan: we will see.')).toBeUndefined();
    expect(readLine('I would just say this much:  Landmines are tools.')).toBeUndefined();
    expect(readLine('Thank you: that is all.')).toBeUndefined();
    expect(readLine('the minister said: yes')).toBeUndefined();
    expect(readLine('MEETING AT 10:30 TODAY')).toBeUndefined();
    expect(readLine('HTTPS://EXAMPLE.COM')).toBeUndefined();
    expect(readLine('')).toBeUndefined();
  });

  it('refuses labels past 12 capitalised words, and marks mixed-case ones for evidence', () => {
    const long = 'ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN: text';
    expect(readLine(long)).toBeUndefined();
    expect(labelOf('ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE: text')).toBe(
      'ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE',
    );
    expect(readLine('Secretary of Defense Rumsfeld: Hello.')).toMatchObject({ mixedCase: true });
    expect(readLine('Secretary Rumsfeld: Hello.')).toMatchObject({ mixedCase: true });
    // Joining words in lower case need evidence too: "NATO and the EU:" opens a sentence.
    expect(readLine('NATO and the EU: we agree.')).toMatchObject({ mixedCase: true });
    expect(readLine('MINISTER LORENZO DE LUCA: Yes.')).toMatchObject({ mixedCase: false });
  });

  it('leaves a bare translator mark to readTranslatorMark', () => {
    const line = '(THROUGH TRANSLATOR):\u00a0 Minister Guerini, Libya in particular';
    expect(readLine(line)).toBeUndefined();
    expect(readTranslatorMark(line, 0, line.length)).toEqual({ start: 0, end: 21 });
    expect(readTranslatorMark('  (through an interpreter): Yes', 0, 31)).toEqual({
      start: 2,
      end: 27,
    });
    expect(readTranslatorMark('(inaudible) regular troops', 0, 26)).toBeUndefined();
  });
});

describe('acceptLabels', () => {
  const accept = (lines: string[]) => acceptLabels(lines.map(readLine));

  it('always accepts upper-case labels', () => {
    expect(accept(['Q: Why?', 'SEC. ESPER: Because.'])).toEqual([true, true]);
  });

  it('accepts a mixed-case label used at least twice', () => {
    expect(accept(['Rumsfeld: One.', 'Q: Two?', 'Rumsfeld: Three.'])).toEqual([true, true, true]);
  });

  it('refuses a mixed-case label used once in a document without mixed-case labels', () => {
    expect(accept(['Q: Two?', 'Rumsfeld: Three.'])).toEqual([true, false]);
  });

  it('accepts role words and, once mixed-case labels are in use, other names', () => {
    expect(accept(['Moderator: Welcome.'])).toEqual([true]);
    expect(accept(['Rumsfeld: One.', 'Rumsfeld: Two.', 'Myers: Three.'])).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('never accepts words that open sentences', () => {
    expect(
      accept(['Note: one.', 'Note: two.', 'Rumsfeld: a.', 'Rumsfeld: b.', 'Look: c.']),
    ).toEqual([false, false, true, true, false]);
  });

  it('passes over lines without a candidate', () => {
    expect(acceptLabels([undefined, readLine('Q: Why?')])).toEqual([false, true]);
  });
});

describe('readLabelCandidate on the forms of other publishers', () => {
  it('reads "Q" and "A" letters without a colon, the speech after spaces', () => {
    expect(readLine('Q    Thank you, Dana.')).toMatchObject({
      label: 'Q',
      form: 'question',
      span: { start: 0, end: 1 },
    });
    expect(readLine('Q. So what now?')).toMatchObject({ label: 'Q.', name: 'Q', form: 'question' });
    expect(readLine('A    Yes.')).toMatchObject({ label: 'A', form: 'answer' });
    // "A lot of..." is a sentence: an answer letter needs a wide gap, a tab or a period.
    expect(readLine('A lot of people came.')).toBeUndefined();
    expect(readLine('Q (THROUGH TRANSLATOR):  Why?')).toMatchObject({ form: 'colon' });
  });

  it('reads a name alone on its line, with a timestamp after it', () => {
    expect(readLine('Marta Ilves  0:03')).toMatchObject({
      label: 'Marta Ilves',
      form: 'line',
      span: { start: 0, end: 11 },
      timestamp: { start: 13, end: 17 },
    });
    expect(readLine('PRESIDENT OKAFOR')).toMatchObject({ label: 'PRESIDENT OKAFOR', form: 'line' });
    expect(readLine('Thank you.')).toBeUndefined();
    expect(readLine('MEETING AT 10:30')).toBeUndefined();
  });

  it('reads timestamps after the colon, before the label and inside it', () => {
    expect(readLine('Jane Roe: (00:12)')).toMatchObject({
      label: 'Jane Roe',
      span: { start: 0, end: 9 },
      timestamp: { start: 10, end: 17 },
    });
    expect(readLine('[00:01:02] JANE ROE: Hello.')).toMatchObject({
      label: 'JANE ROE',
      span: { start: 11, end: 20 },
      timestamp: { start: 0, end: 10 },
    });
    expect(readLine('Jane Roe (00:12): Hello.')).toMatchObject({
      label: 'Jane Roe',
      span: { start: 0, end: 17 },
      timestamp: { start: 9, end: 16 },
    });
  });

  it('does not read times of day or durations as labels or timestamps', () => {
    expect(readLine('10:30 a.m. EDT')).toBeUndefined();
    expect(readLine('1:32 P.M. EST')).toBeUndefined();
    expect(readLine('The walk took 45:00 minutes.')).toBeUndefined();
    expect(readLine('MR PRICE: 10:30 a.m. is when we start.')?.timestamp).toBeUndefined();
  });

  it('reads long mixed-case titles with joining words and dashes, and a bracketed office', () => {
    expect(labelOf('Minister for Foreign Affairs and Trade – Senator Jane Roe: Thank you.')).toBe(
      'Minister for Foreign Affairs and Trade – Senator Jane Roe',
    );
    expect(readLine('Lena Varga [Alliance Spokesperson]: Good afternoon.')).toMatchObject({
      name: 'Lena Varga',
      label: 'Lena Varga [Alliance Spokesperson]',
      details: 'Alliance Spokesperson',
    });
    expect(readLine('TOMAS HALLORAN, DEPARTMENT SPOKESPERSON: Hello.')).toMatchObject({
      name: 'TOMAS HALLORAN, DEPARTMENT SPOKESPERSON',
      mixedCase: false,
    });
    expect(readLine('Q (via telephone): Hello?')?.details).toBeUndefined();
    expect(readLine('Q (Jane Roe, Daily Star): Hello?')?.details).toBe('Jane Roe, Daily Star');
  });

  it('reads "(via interpretation)" and "(as interpreted)" as translator marks', () => {
    const line = 'MINISTER DUPRAT: (via interpretation) In the spring.';
    expect(readTranslatorMark(line, 16, line.length)).toEqual({ start: 17, end: 37 });
    expect(readTranslatorMark('(as interpreted) Yes.', 0, 21)).toEqual({ start: 0, end: 16 });
    expect(readTranslatorMark('(in French) Oui.', 0, 16)).toBeUndefined();
  });
});

describe('acceptLabels on colon-less forms', () => {
  const lines = (text: string) => {
    const all = text.split('\n');
    let at = 0;
    const candidates = all.map((line) => {
      const candidate = readLabelCandidate(text, at, at + line.length);
      at += line.length + 1;
      return candidate;
    });
    return acceptLabels(candidates, (line) => (all[line] ?? '').trim().length === 0);
  };

  it('accepts "Q" letters only where the document uses them at least twice', () => {
    expect(lines('MS. ROE:  Hi.\nQ    Why?\nMS. ROE:  Because.\nQ    When?')).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(lines('MS. ROE:  Hi.\nQ So why?\nMS. ROE:  Because.')).toEqual([true, false, true]);
  });

  it('accepts names alone on their lines where they repeat and speech follows', () => {
    expect(
      lines('Marta Ilves\nWelcome.\n\nJon Brekke\nThanks.\n\nMarta Ilves\nWhy?\n\nJon Brekke\nSo.'),
    ).toEqual([true, false, false, true, false, false, true, false, false, true, false]);
    // Section heads name bodies, not people: no label form in use.
    expect(
      lines('SECURITY COUNCIL\nThe Council met.\n\nGENERAL ASSEMBLY\nThe debate opened.'),
    ).toEqual([false, false, false, false, false]);
    // A heading alone with no label form in use is no label.
    expect(lines('Opening Remarks\nWelcome.\n\nQ:  Why?')).toEqual([false, false, false, true]);
  });

  it('accepts a name with a note of who they are, and refuses a page line above the first label', () => {
    expect(lines('MR. ROE:  Hi.\nHanna Vos (Nordic Radio):  When?')).toEqual([true, true]);
    expect(
      lines('Alliance of Northern States - Opinion: Press conference\nModerator: Welcome.'),
    ).toEqual([false, true]);
  });
});
