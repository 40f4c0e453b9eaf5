import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { exchangesOf, paragraphsOf, readFixture, speakersOf, turnsOf } from './transcript-views';

// Made-up transcripts in the forms other publishers use: a department briefing, a press
// secretary's briefing, an alliance's press conference. People, outlets and places are invented.
describe('a department briefing: breadcrumbs, "FULL NAME, TITLE:", MR and MR., called reporters', () => {
  const text = readFixture('department-briefing');
  const transcript = parseTranscript(text);

  it('takes the title after the breadcrumbs, with presenter, place, date and time as metadata', () => {
    expect(transcript.title).toBe('Department Press Briefing – May 14, 2031');
    expect(transcript.boilerplate.map((block) => block.text)).toEqual([
      'Skip to main content',
      'Home > Office of the Spokesperson > Press Briefings > Department Press Briefing – May 14, 2031',
    ]);
    expect(transcript.preamble.map((block) => [block.kind, block.text])).toEqual([
      ['metadata', 'Tomas Halloran, Department Spokesperson'],
      ['metadata', 'Washington, D.C.'],
      ['metadata', 'May 14, 2031'],
      ['metadata', '1:32 p.m. EDT'],
    ]);
  });

  it('makes "TOMAS HALLORAN, DEPARTMENT SPOKESPERSON", "MR HALLORAN" and "MR. HALLORAN" one official', () => {
    expect(speakersOf(transcript)[0]).toEqual({
      id: 's-halloran',
      name: 'Tomas Halloran',
      kind: 'official',
      role: 'Department Spokesperson',
      affiliation: undefined,
      labels: ['TOMAS HALLORAN, DEPARTMENT SPOKESPERSON', 'MR HALLORAN', 'MR. HALLORAN'],
    });
    expect(transcript.turns).toHaveLength(13);
  });

  it('keeps a speech line that ends in a colon, and the stage note at the end', () => {
    expect(paragraphsOf(transcript, 't1')).toEqual([
      [
        'Good afternoon, everybody. I have two things at the top, and then I will take your questions:',
        false,
        false,
      ],
      [
        'First, the Secretary will travel to Valdoria next week. Second, we welcome the ceasefire agreed in the Karst region.',
        false,
        false,
      ],
      ['With that, Mira?', false, false],
    ]);
    expect(paragraphsOf(transcript, 't13')).toEqual([
      ['Not yet. Thanks, everybody.', false, false],
      ['(The briefing was concluded at 1:58 p.m.)', true, false],
    ]);
  });

  it('gives each question to the reporter the spokesperson called on, first names as given', () => {
    expect(turnsOf(transcript)).toEqual([
      ['TOMAS HALLORAN, DEPARTMENT SPOKESPERSON', 's-halloran'],
      ['QUESTION', 'r-mira'],
      ['MR HALLORAN', 's-halloran'],
      ['QUESTION', 'r-mira'],
      ['MR HALLORAN', 's-halloran'],
      ['QUESTION', 'r-said'],
      ['MR. HALLORAN', 's-halloran'],
      ['QUESTION', 'r-nancy'],
      ['MR HALLORAN', 's-halloran'],
      ['QUESTION', 'r-leila-okonjo'],
      ['MR HALLORAN', 's-halloran'],
      ['QUESTION', 'r-mira'],
      ['MR HALLORAN', 's-halloran'],
    ]);
    expect(speakersOf(transcript).slice(1)).toEqual([
      {
        id: 'r-mira',
        name: 'Mira',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['QUESTION'],
      },
      {
        id: 'r-said',
        name: 'Said',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['QUESTION'],
      },
      {
        id: 'r-nancy',
        name: 'Nancy',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['QUESTION'],
      },
      {
        id: 'r-leila-okonjo',
        name: 'Leila Okonjo',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Northern Wire',
        labels: ['QUESTION'],
      },
    ]);
  });

  it('keeps a call that ends an answer with that answer, and follow-ups with the caller’s choice', () => {
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1', undefined],
      ['question', 't2 t3 t4 t5', 'r-mira'],
      ['question', 't6 t7', 'r-said'],
      ['question', 't8 t9', 'r-nancy'],
      ['question', 't10 t11', 'r-leila-okonjo'],
      ['question', 't12 t13', 'r-mira'],
    ]);
    expect(transcript.exchanges[4]?.title).toBe('Question 4 · Leila Okonjo, Northern Wire');
  });
});

describe('a press secretary’s briefing: "Q" without a colon, navigation before the title', () => {
  const text = readFixture('press-secretary');
  const transcript = parseTranscript(text);

  it('sets the section name aside and keeps the room, date and time as metadata', () => {
    expect(transcript.title).toBe('Press Briefing by Press Secretary Dana Whitlock, June 2, 2032');
    expect(transcript.boilerplate.map((block) => block.text)).toEqual(['Press Briefings']);
    expect(transcript.preamble.map((block) => [block.kind, block.text])).toEqual([
      ['metadata', 'Briefing Room'],
      ['metadata', 'June 2, 2032 • Press Briefings'],
      ['metadata', 'Harmon Press Briefing Room'],
      ['metadata', '12:36 P.M. EDT'],
    ]);
  });

  it('reads "Q" followed by spaces as a label, its span the letter alone', () => {
    const question = transcript.turns[1];
    expect(question?.label).toBe('Q');
    expect(question && text.slice(question.labelSpan.start, question.labelSpan.end)).toBe('Q');
    expect(question?.paragraphs[0]?.text).toBe(
      'Thanks, Dana.  On the harbor bill, when will the money reach the ports?',
    );
    expect(transcript.turns.filter((turn) => turn.label === 'Q')).toHaveLength(6);
  });

  it('names the press secretary from the title, and a greeting of her is no introduction', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-whitlock',
        name: 'Dana Whitlock',
        kind: 'official',
        role: 'Press Secretary',
        affiliation: undefined,
        labels: ['MS. WHITLOCK'],
      },
      {
        id: 'r-courtney',
        name: 'Courtney',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['Q'],
      },
      {
        id: 'r-peter',
        name: 'Peter',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['Q'],
      },
      {
        id: 'r-arno-lind',
        name: 'Arno Lind',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Baltic Daily',
        labels: ['Q'],
      },
    ]);
  });

  it('lets "Go ahead." keep the floor with the reporter who has it; "Yes, in the back." hands it on', () => {
    expect(turnsOf(transcript).map(([, speaker]) => speaker)).toEqual([
      's-whitlock',
      'r-courtney',
      's-whitlock',
      'r-courtney',
      's-whitlock',
      'r-peter',
      's-whitlock',
      'r-peter',
      's-whitlock',
      'r-peter',
      's-whitlock',
      'r-arno-lind',
      's-whitlock',
    ]);
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1', undefined],
      ['question', 't2 t3 t4 t5', 'r-courtney'],
      ['question', 't6 t7 t8 t9 t10 t11', 'r-peter'],
      ['question', 't12 t13', 'r-arno-lind'],
    ]);
  });

  it('keeps a question line ending in a colon with the lower-case line after it', () => {
    expect(paragraphsOf(transcript, 't6')).toEqual([
      ['Two questions.  First, on the rail talks:', false, false],
      ['what did the President tell the negotiators?', false, false],
    ]);
  });

  it('reads the closing time line as a stage direction, not speech', () => {
    expect(paragraphsOf(transcript, 't13')).toEqual([
      ['It is.  Thanks, everybody.', false, false],
      ['END                 1:04 P.M. EDT', true, false],
    ]);
  });
});

describe('an alliance press conference: mixed-case roles, bracketed offices, outlets in labels', () => {
  const text = readFixture('alliance-press-conference');
  const transcript = parseTranscript(text);

  it('joins a title broken over two lines and keeps the site line aside', () => {
    expect(transcript.title).toBe(
      'Press conference by Secretary General Ilse Brandvold following the meeting of defence ministers',
    );
    expect(
      transcript.titleSpan && text.slice(transcript.titleSpan.start, transcript.titleSpan.end),
    ).toBe(
      'Press conference\nby Secretary General Ilse Brandvold following the meeting of defence ministers',
    );
    expect(transcript.boilerplate).toHaveLength(1);
    expect(transcript.preamble.map((block) => [block.kind, block.text])).toEqual([
      ['metadata', '14 Feb. 2033'],
      ['metadata', '(As delivered)'],
    ]);
  });

  it('reads role labels of each kind, and names the Secretary General from the title', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-varga',
        name: 'Lena Varga',
        kind: 'official',
        role: 'Alliance Spokesperson',
        affiliation: undefined,
        labels: ['Lena Varga [Alliance Spokesperson]'],
      },
      {
        id: 's-brandvold',
        name: 'Ilse Brandvold',
        kind: 'official',
        role: 'Secretary General',
        affiliation: undefined,
        labels: ['Secretary General'],
      },
      {
        id: 'r-piotr-zielak',
        name: 'Piotr Zielak',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Radio Kresy',
        labels: ['Piotr Zielak (Radio Kresy)'],
      },
      {
        id: 'r-agence-boreale',
        name: 'Agence Boreale reporter',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Agence Boreale',
        labels: ['Journalist [Agence Boreale]'],
      },
      {
        id: 's-deputy-secretary-general',
        name: 'Deputy Secretary General',
        kind: 'official',
        role: undefined,
        affiliation: undefined,
        labels: ['Deputy Secretary General'],
      },
      {
        id: 'moderator',
        name: 'Moderator',
        kind: 'staff',
        role: undefined,
        affiliation: undefined,
        labels: ['Moderator'],
      },
      {
        id: 'r-ines',
        name: 'Ines',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['Journalist'],
      },
    ]);
  });

  it('keeps "(As prepared)" and an acronym in brackets as text', () => {
    expect(paragraphsOf(transcript, 't2')).toEqual([
      [
        'Thank you, Lena. Ministers met today to discuss air defence. (As prepared) The plan adopted today covers the whole (ANS) area.',
        false,
        false,
      ],
    ]);
  });

  it('groups each question with the moderator’s call before it', () => {
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1 t2', undefined],
      ['question', 't3 t4 t5', 'r-piotr-zielak'],
      ['question', 't6 t7 t8', 'r-agence-boreale'],
      ['question', 't9 t10 t11', 'r-ines'],
    ]);
    expect(transcript.diagnostics.map((d) => d.code)).toEqual(['boilerplate-dropped']);
  });
});

describe('a spokesperson who calls on reporters by first name, with a page footer', () => {
  const transcript = parseTranscript(readFixture('spokesperson-calls'));

  it('names each questioner from the call that ends the answer before', () => {
    expect(turnsOf(transcript).map(([, speaker]) => speaker)).toEqual([
      's-marrane',
      'r-shaun',
      's-marrane',
      'r-shaun',
      's-marrane',
      'r-unnamed-1',
      's-marrane',
      'r-rafael-orte',
      's-marrane',
      'r-michel',
      's-marrane',
      'r-michel',
      's-marrane',
      'r-kaya',
      's-marrane',
    ]);
    expect(exchangesOf(transcript).map(([kind, turns]) => `${kind} ${turns}`)).toEqual([
      'statements t1',
      'question t2 t3 t4',
      'question t5 t6 t7',
      'question t8 t9',
      'question t10 t11 t12 t13',
      'question t14 t15',
    ]);
  });

  it('reads an inaudible question as a stage direction, and sets the footer aside', () => {
    expect(paragraphsOf(transcript, 't4')).toEqual([['(Off-mike.)', true, false]]);
    expect(paragraphsOf(transcript, 't15')).toEqual([
      ['Thanks, everyone.', false, false],
      ['(The briefing was concluded at 3:02 p.m.)', true, false],
    ]);
    expect(transcript.boilerplate.map((block) => block.text)).toEqual([
      '# # #',
      'TAGS',
      'Office of the Spokesperson',
    ]);
    expect(transcript.preamble.map((block) => block.kind)).toEqual([
      'metadata',
      'metadata',
      'metadata',
      'metadata',
    ]);
  });
});

describe('a prime minister’s press conference: mixed-case labels alone on their lines', () => {
  const transcript = parseTranscript(readFixture('prime-minister'));

  it('reads the labels, a reporter named in the question, and a name-and-outlet label', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-prime-minister',
        name: 'Prime Minister',
        kind: 'official',
        role: undefined,
        affiliation: undefined,
        labels: ['Prime Minister'],
      },
      {
        id: 'r-laura-penn',
        name: 'Laura Penn',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Daily Courier',
        labels: ['Question'],
      },
      {
        id: 'r-mila-ross',
        name: 'Mila Ross',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Channel Four News',
        labels: ['Mila Ross, Channel Four News'],
      },
    ]);
  });

  it('keeps a one-word answer with its question, not as a call of the next reporter', () => {
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1', undefined],
      ['question', 't2 t3', 'r-laura-penn'],
      ['question', 't4 t5', 'r-mila-ross'],
    ]);
    expect(paragraphsOf(transcript, 't3')).toEqual([['Soon.', false, false]]);
  });
});
