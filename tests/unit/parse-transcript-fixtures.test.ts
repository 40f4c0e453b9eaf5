import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Transcript, Turn } from '../../src/domain/types';

const readFixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/transcript-${name}.txt`, import.meta.url), 'utf8');

function turnOf(transcript: Transcript, id: string): Turn {
  const found = transcript.turns.find((turn) => turn.id === id);
  if (found === undefined) throw new Error(`no turn ${id}`);
  return found;
}
const speakerOf = (transcript: Transcript, id: string) =>
  transcript.speakers.find((speaker) => speaker.id === id);

describe('a briefing with metadata, many label forms and no page furniture', () => {
  const text = readFixture('pentagon-briefing');
  const transcript = parseTranscript(text);
  const turn = (id: string) => turnOf(transcript, id);

  it('takes the first line as the title and the date and key-value lines as metadata', () => {
    expect(transcript.title).toBe(
      'Department of Defense Press Briefing by Secretary Harlan and General Milley',
    );
    expect(transcript.boilerplate).toEqual([]);
    expect(transcript.preamble.map((block) => [block.kind, block.text.slice(0, 12)])).toEqual([
      ['metadata', 'Jan. 27, 202'],
      ['metadata', 'Presenters: '],
      ['metadata', 'Location: Pe'],
    ]);
    expect(transcript.diagnostics).toEqual([]);
  });

  it('reads QUESTION:, UNKNOWN:, (UNKNOWN):, GEN. and MR. labels', () => {
    expect(transcript.turns.map((t) => t.label)).toEqual([
      'MR. HOFFMAN',
      'SECRETARY OF DEFENSE DR. PAUL R. HARLAN',
      'CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL MARK A. MILLEY',
      'UNKNOWN',
      'MR. HOFFMAN',
      'QUESTION',
      'GEN. MILLEY',
      'SEC. HARLAN',
      'QUESTION',
      'SEC. HARLAN',
      '(UNKNOWN)',
      'SEC. HARLAN',
      'MR. HOFFMAN',
      'Q',
      'GERMAN DEFENSE MINISTER KLAUS WEBER (through interpreter)',
      'MIN. WEBER',
      'Q',
      'SEC. HARLAN',
      'MR. HOFFMAN',
      'SEC. HARLAN',
    ]);
  });

  it('reads a label with a space before its colon, and indented labels', () => {
    expect(text.slice(turn('t5').labelSpan.start, turn('t5').labelSpan.end)).toBe('MR. HOFFMAN :');
    expect(turn('t8')).toMatchObject({ label: 'SEC. HARLAN', speakerId: 's-harlan' });
    expect(text.slice(turn('t8').labelSpan.start, turn('t8').labelSpan.end)).toBe('SEC. HARLAN:');
    expect(turn('t9').paragraphs[0]?.text).toBe('And the Taliban talks?');
  });

  it('resolves long and short labels, splitting office, rank and nationality from the name', () => {
    expect(speakerOf(transcript, 's-milley')).toMatchObject({
      name: 'Mark A. Milley',
      role: 'Chairman of the Joint Chiefs of Staff',
      labels: ['CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL MARK A. MILLEY', 'GEN. MILLEY'],
    });
    expect(speakerOf(transcript, 's-weber')).toMatchObject({
      name: 'Klaus Weber',
      role: 'Defense Minister',
      affiliation: 'Germany',
    });
    expect(speakerOf(transcript, 's-hoffman')).toMatchObject({ name: 'Mr. Hoffman' });
  });

  it('gathers UNKNOWN and (UNKNOWN) into one unknown speaker', () => {
    expect(speakerOf(transcript, 'unknown')).toEqual({
      id: 'unknown',
      name: 'Unknown speaker',
      kind: 'unknown',
      labels: ['UNKNOWN', '(UNKNOWN)'],
    });
  });

  it('reads a lower-case (through interpreter) in a label and as a mid-turn mark', () => {
    const minister = turn('t15');
    expect(minister.interpreted).toBe(true);
    expect(minister.paragraphs.map((p) => [p.text, p.interpreted])).toEqual([
      ['We are studying 5G networks closely.', true],
      ['We will decide with our allies.', true],
    ]);
    expect(turn('t16')).toMatchObject({ speakerId: 's-weber', interpreted: false });
  });

  it('reads bracketed and parenthesised stage directions', () => {
    const stage = transcript.turns.flatMap((t) => t.paragraphs).filter((p) => p.stage);
    expect(stage.map((p) => p.text)).toEqual([
      '(BEGIN VIDEO CLIP)',
      '(END VIDEO CLIP)',
      '(Laughter.)',
      '[inaudible]',
    ]);
    expect(turn('t12').paragraphs[0]?.stage).toBe(false);
  });

  it('names reporters from self-introductions and from a moderator who is an official', () => {
    expect(turn('t6').speakerId).toBe('r-bob-barnes');
    expect(speakerOf(transcript, 'r-bob-barnes')).toMatchObject({
      affiliation: 'Associated Press',
      labels: ['QUESTION'],
    });
    expect(turn('t14').speakerId).toBe('r-anna-klein');
    expect(speakerOf(transcript, 'r-anna-klein')?.affiliation).toBe('Reuters');
  });

  it('keeps follow-up questions in the exchange of the reporter who asked first', () => {
    expect(turn('t9').speakerId).toBe('r-bob-barnes');
    expect(transcript.exchanges.map((x) => [x.kind, x.turnIds.join(' ')])).toEqual([
      ['statements', 't1 t2 t3 t4'],
      ['question', 't5 t6 t7 t8 t9 t10 t11 t12'],
      ['question', 't13 t14 t15 t16 t17 t18'],
      ['closing', 't19 t20'],
    ]);
  });
});

describe('a transcript with mixed-case labels', () => {
  const transcript = parseTranscript(readFixture('mixed-case'));

  it('accepts a mixed-case label used twice, and another once the document uses them', () => {
    expect(transcript.turns.map((t) => t.label)).toEqual([
      'Kendrick',
      'Q',
      'Kendrick',
      'Myers',
      'Q',
      'Kendrick',
    ]);
    expect(speakerOf(transcript, 's-kendrick')).toMatchObject({
      name: 'Kendrick',
      kind: 'official',
    });
  });

  it('does not take "Thank you:" or "Well, about Afghanistan:" for labels', () => {
    const texts = transcript.turns.flatMap((t) => t.paragraphs.map((p) => p.text));
    expect(texts).toContain('Thank you: that is the short version.');
    expect(texts).toContain('Well, about Afghanistan: this line is speech, not a label.');
    expect(texts[0]).toBe('Good morning.  I would just say this much: we are ready.');
  });

  it("makes a reporter's closing thanks part of the closing", () => {
    expect(transcript.exchanges.map((x) => [x.kind, x.turnIds.join(' ')])).toEqual([
      ['statements', 't1'],
      ['question', 't2 t3 t4'],
      ['closing', 't5 t6'],
    ]);
  });
});

describe('a transcript with CRLF line ends, tabs and no-break spaces', () => {
  const text = readFixture('crlf');
  const transcript = parseTranscript(text);

  it('is stored with CRLF line ends', () => {
    expect(text).toContain('\r\n');
  });

  it('reads indented labels and keeps carriage returns out of the text', () => {
    expect(transcript.turns.map((t) => [t.label, t.paragraphs.map((p) => p.text)])).toEqual([
      ['MINISTER OF DEFENCE OF NORWAY INGRID SOLBERG', ['Welcome.']],
      ['Q', ['Ingrid, a question about NATO?']],
      ['MIN. SOLBERG', ['NATO is our alliance.']],
      ['STAFF', ['Thank you all.']],
    ]);
  });

  it('reads the country after "OF" in a label and the weekday date line', () => {
    expect(speakerOf(transcript, 's-solberg')).toMatchObject({
      name: 'Ingrid Solberg',
      role: 'Minister of Defence',
      affiliation: 'Norway',
      labels: ['MINISTER OF DEFENCE OF NORWAY INGRID SOLBERG', 'MIN. SOLBERG'],
    });
    expect(transcript.preamble).toEqual([
      expect.objectContaining({ kind: 'metadata', text: 'Monday, January 27, 2020' }),
    ]);
  });
});

describe('a transcript whose paragraphs wrap over several lines', () => {
  const text = readFixture('wrapped');
  const transcript = parseTranscript(text);

  it('joins wrapped lines into one paragraph and splits at stage directions', () => {
    const [first] = transcript.turns;
    expect(first?.paragraphs.map((p) => p.text)).toEqual([
      'Thank you all for coming. Our partners in the\nMediterranean are working closely with us on search and rescue, and\nwe expect more cooperation in the coming months.',
      'Let me say a word about Libya before taking questions. The Berlin\nconference set out a path.',
      '(Applause)',
    ]);
    expect(first?.paragraphs[2]?.stage).toBe(true);
  });

  it('finds a topic phrase broken across lines, and a reporter who addresses the official first', () => {
    const question = transcript.turns[1];
    expect(question?.topics).toEqual(['africa-sahel']);
    expect(speakerOf(transcript, 'r-tom-lee')).toMatchObject({
      name: 'Tom Lee',
      affiliation: 'Daily Planet',
    });
  });
});

describe('a text with no speaker labels', () => {
  const transcript = parseTranscript(readFixture('no-labels'));

  it('keeps everything after the title as preamble text and says why', () => {
    expect(transcript.title).toBe('Statement on the Alliance');
    expect(transcript.turns).toEqual([]);
    expect(transcript.preamble.map((block) => block.kind)).toEqual(['text', 'text']);
    expect(transcript.diagnostics).toEqual([
      expect.objectContaining({
        code: 'no-labels',
        message:
          'No speaker labels were found, so the 2 lines after the title were kept as preamble.',
      }),
    ]);
  });
});

describe('a transcript whose labels give only surnames', () => {
  const text = [
    'Press Briefing by Secretary Harlan and Minister Weber of Germany',
    'Presenters: Secretary of Defense Dr. Paul R. Harlan; Minister of Defense Klaus Weber',
    '',
    'SEC. HARLAN:  Good morning.',
    '',
    'MIN. WEBER:  Thank you.',
    '',
    'MR. OKAFOR:  Questions, please.',
  ].join('\n');
  const transcript = parseTranscript(text);

  it('writes out their names and offices from the presenters line and the title', () => {
    expect(transcript.speakers.map((s) => [s.id, s.name, s.role, s.affiliation])).toEqual([
      ['s-harlan', 'Paul R. Harlan', 'Secretary of Defense', undefined],
      ['s-weber', 'Klaus Weber', 'Minister of Defense', 'Germany'],
      ['s-okafor', 'Mr. Okafor', undefined, undefined],
    ]);
    expect(transcript.speakers[0]?.labels).toEqual(['SEC. HARLAN']);
  });
});
