import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTranscriptText } from '../../src/domain/export/text';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Transcript } from '../../src/domain/types';
import { exchangesOf, paragraphsOf, readFixture, speakersOf, turnsOf } from './transcript-views';

// One made-up transcript for each label form a publisher may use. People, outlets and places are
// invented.
describe('labels with timestamps', () => {
  const text = readFixture('timestamps');
  const transcript = parseTranscript(text);

  it('keeps the timestamp as the turn’s metadata, never as speech', () => {
    expect(
      transcript.turns.map((turn) => [turn.label, turn.timestamp?.text, turn.paragraphs[0]?.text]),
    ).toEqual([
      [
        'Ana Castellan',
        '(00:04)',
        'Good morning. The storm made landfall at 4:10 this morning near Port Edley.',
      ],
      ['Ana Castellan', '(01:12)', 'We will take a few questions.'],
      ['Speaker 1', '(01:20)', 'Governor, how many homes are without power?'],
      ['Ana Castellan', '(01:24)', 'About 40,000, and the number is falling.'],
      ['Speaker 2', '[01:40]', 'When will the schools reopen?'],
      ['Ana Castellan', '(01:48)', 'Monday, if the roads are clear.'],
      ['Speaker 1', '[02:10]', 'One more, on the bridges. Are they safe?'],
      ['Ana Castellan', '(02:14)', 'The bridges reopen tomorrow.'],
    ]);
    const first = transcript.turns[0];
    expect(first?.timestamp).toMatchObject({ kind: 'metadata', text: '(00:04)' });
    expect(first?.timestamp && text.slice(first.timestamp.start, first.timestamp.end)).toBe(
      '(00:04)',
    );
  });

  it('reads a timestamp before the label and one inside it', () => {
    const [before, inside] = transcript.turns.slice(6);
    expect(before && text.slice(before.labelSpan.start, before.labelSpan.end)).toBe('Speaker 1:');
    expect(inside && text.slice(inside.labelSpan.start, inside.labelSpan.end)).toBe(
      'Ana Castellan (02:14):',
    );
  });

  it('reads a timestamp line and (crosstalk) in a turn as stage directions', () => {
    expect(paragraphsOf(transcript, 't5')).toEqual([
      ['When will the schools reopen?', false, false],
      ['[01:43]', true, false],
      ['(crosstalk)', true, false],
    ]);
  });

  it('takes numbered speakers who ask questions for reporters, and the office from the title', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-castellan',
        name: 'Ana Castellan',
        kind: 'official',
        role: 'Governor',
        affiliation: undefined,
        labels: ['Ana Castellan'],
      },
      {
        id: 'r-speaker-1',
        name: 'Speaker 1',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['Speaker 1'],
      },
      {
        id: 'r-speaker-2',
        name: 'Speaker 2',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['Speaker 2'],
      },
    ]);
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1', undefined],
      ['question', 't2 t3 t4', 'r-speaker-1'],
      ['question', 't5 t6', 'r-speaker-2'],
      ['question', 't7 t8', 'r-speaker-1'],
    ]);
  });
});

describe('names alone on their lines, with a timestamp', () => {
  const text = readFixture('name-lines');
  const transcript = parseTranscript(text);

  it('reads each name line as a label and the line after it as the speech', () => {
    expect(
      transcript.turns.map((turn) => [
        turn.label,
        text.slice(turn.labelSpan.start, turn.labelSpan.end),
        turn.timestamp?.text,
        turn.paragraphs.map((p) => p.text),
      ]),
    ).toEqual([
      [
        'Marta Ilves',
        'Marta Ilves',
        '0:03',
        ['Welcome, everyone, to the roundtable on coastal shipping.'],
      ],
      ['Jon Brekke', 'Jon Brekke', '0:11', ['Thank you, Marta. The new locks open in April.']],
      ['Marta Ilves', 'Marta Ilves', '1:02', ['What will they cost the ports?']],
      ['Jon Brekke', 'Jon Brekke', '1:09', ['Less than the old ones did.']],
      ['Sara Lund', 'Sara Lund', '1:40', ['Can small boats use them?']],
      ['Jon Brekke', 'Jon Brekke', '1:45', ['Yes, on weekdays.']],
    ]);
    expect(transcript.title).toBe('Roundtable on Coastal Shipping');
    expect(transcript.diagnostics).toEqual([]);
  });

  it('takes a named speaker whose only turn is a question for a reporter', () => {
    expect(transcript.speakers.map((speaker) => [speaker.id, speaker.kind])).toEqual([
      ['s-ilves', 'official'],
      ['s-brekke', 'official'],
      ['r-sara-lund', 'reporter'],
    ]);
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1 t2 t3 t4', undefined],
      ['question', 't5 t6', 'r-sara-lund'],
    ]);
  });
});

describe('a label alone on its line, the speech after a blank line', () => {
  const text = readFixture('label-alone');
  const transcript = parseTranscript(text);

  it('reads the label, then the speech from the next paragraph', () => {
    expect(
      transcript.turns.map((turn) => [turn.label, turn.paragraphs.map((p) => p.text)]),
    ).toEqual([
      [
        'PRIME MINISTER',
        ['Good afternoon.', "This winter's floods reached homes that had never flooded before."],
      ],
      ['JOURNALIST', ['Prime Minister, will the new walls be ready by next winter?']],
      ['PM', ['They will be ready by October.']],
      ['Reporter', ['And who will pay for them?']],
      ['PM', ['The government will pay for them in full.']],
    ]);
  });

  it('makes PM the Prime Minister, and JOURNALIST and Reporter reporters', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-prime-minister',
        name: 'Prime Minister',
        kind: 'official',
        role: undefined,
        affiliation: undefined,
        labels: ['PRIME MINISTER', 'PM'],
      },
      {
        id: 'r-unnamed-1',
        name: 'Unnamed reporter',
        kind: 'reporter',
        role: undefined,
        affiliation: undefined,
        labels: ['JOURNALIST', 'Reporter'],
      },
    ]);
  });

  it('keeps a key whose value is on the next line as metadata, and the summary as text', () => {
    expect(transcript.title).toBe('PM remarks at press conference on flood defences: 3 March 2034');
    expect(transcript.boilerplate.map((block) => block.text)).toEqual(['Speech']);
    expect(transcript.preamble.map((block) => [block.kind, block.text])).toEqual([
      ['text', 'The Prime Minister spoke at a press conference in Lowbridge.'],
      ['metadata', 'From:'],
      ['metadata', "Prime Minister's Office"],
      ['metadata', 'Published'],
      ['metadata', '3 March 2034'],
    ]);
  });
});

describe('a foreign ministry’s regular press conference', () => {
  const transcript = parseTranscript(readFixture('foreign-ministry'));

  it('reads outlets as labels, a follow-up label, and Q and A', () => {
    expect(turnsOf(transcript)).toEqual([
      ['Spokesperson Lin Haoran', 's-haoran'],
      ['Harbor Daily', 'r-harbor-daily'],
      ['Lin Haoran', 's-haoran'],
      ['Follow-up', 'r-harbor-daily'],
      ['Lin Haoran', 's-haoran'],
      ['KTV', 'r-ktv'],
      ['Lin Haoran', 's-haoran'],
      ['Q', 'r-rafael-ortiz'],
      ['A', 's-answering-official'],
    ]);
  });

  it('names outlets as reporters’ affiliations and "A" an official', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-haoran',
        name: 'Lin Haoran',
        kind: 'official',
        role: 'Spokesperson',
        affiliation: undefined,
        labels: ['Spokesperson Lin Haoran', 'Lin Haoran'],
      },
      {
        id: 'r-harbor-daily',
        name: 'Harbor Daily reporter',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Harbor Daily',
        labels: ['Harbor Daily', 'Follow-up'],
      },
      {
        id: 'r-ktv',
        name: 'KTV reporter',
        kind: 'reporter',
        role: undefined,
        affiliation: 'KTV',
        labels: ['KTV'],
      },
      {
        id: 'r-rafael-ortiz',
        name: 'Rafael Ortiz',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Agencia Sur',
        labels: ['Q'],
      },
      {
        id: 's-answering-official',
        name: 'Answering official',
        kind: 'official',
        role: undefined,
        affiliation: undefined,
        labels: ['A'],
      },
    ]);
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1', undefined],
      ['question', 't2 t3 t4 t5', 'r-harbor-daily'],
      ['question', 't6 t7', 'r-ktv'],
      ['question', 't8 t9', 'r-rafael-ortiz'],
    ]);
  });
});

describe('a hearing as a news site publishes it', () => {
  const transcript = parseTranscript(readFixture('hearing'));

  it('joins long and short labels of one person: party notes, offices after commas', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-hollis',
        name: 'Margaret Hollis',
        kind: 'official',
        role: 'Senator',
        affiliation: undefined,
        labels: ['SEN. MARGARET HOLLIS (D-NV)', 'CHAIRMAN HOLLIS'],
      },
      {
        id: 's-pike',
        name: 'Alan Pike',
        kind: 'official',
        role: 'Director',
        affiliation: 'Bureau of Dams',
        labels: ['DR. ALAN PIKE, DIRECTOR, BUREAU OF DAMS', 'DR. PIKE'],
      },
      {
        id: 's-greer',
        name: 'Senator Greer',
        kind: 'official',
        role: 'Senator',
        affiliation: undefined,
        labels: ['SEN. GREER'],
      },
    ]);
    expect(transcript.turns).toHaveLength(8);
  });

  it('reads the closing note as a stage direction', () => {
    expect(paragraphsOf(transcript, 't8')).toEqual([
      ['Thank you. We stand adjourned.', false, false],
      ['(Whereupon, at 11:42 a.m., the hearing was adjourned.)', true, false],
    ]);
  });
});

describe('interpretation after the colon and notes of the language spoken', () => {
  const transcript = parseTranscript(readFixture('interpreted'));

  it('marks a turn interpreted when the mark opens its speech', () => {
    expect(transcript.turns.map((turn) => [turn.label, turn.interpreted])).toEqual([
      ['MINISTER ÉLISE DUPRAT', true],
      ['MINISTER KAAREL TAMM', false],
      ['Hanna Vos (Nordic Radio)', false],
      ['MINISTER DUPRAT', true],
    ]);
    expect(paragraphsOf(transcript, 't1')).toEqual([
      ['Thank you for coming. We signed the border agreement this morning.', false, true],
      ['(in French)', true, true],
      ['Je remercie mon collègue.', false, true],
    ]);
  });

  it('makes a language note mid-turn a stage direction and a later mark one interpreted paragraph', () => {
    expect(paragraphsOf(transcript, 't2')).toEqual([
      ['Thank you, Élise.', false, false],
      ['(Speaks in Finnish)', true, false],
      ['The agreement opens a new chapter.', false, false],
      ['We will open three new crossings.', false, true],
    ]);
  });

  it('reads a name and outlet label once in a document of upper-case labels', () => {
    expect(speakersOf(transcript)[2]).toEqual({
      id: 'r-hanna-vos',
      name: 'Hanna Vos',
      kind: 'reporter',
      role: undefined,
      affiliation: 'Nordic Radio',
      labels: ['Hanna Vos (Nordic Radio)'],
    });
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1 t2', undefined],
      ['question', 't3 t4', 'r-hanna-vos'],
    ]);
  });
});

describe('turns a single line break apart, metadata before the title, an empty turn', () => {
  const text = readFixture('single-breaks');
  const transcript = parseTranscript(text);

  it('keeps a release date on the next line, a note, a last-updated line and a place as metadata', () => {
    expect(transcript.title).toBe('Harbor Authority Media Availability');
    expect(transcript.boilerplate).toEqual([]);
    expect(transcript.preamble.map((block) => [block.kind, block.text])).toEqual([
      ['metadata', 'Release Date:'],
      ['metadata', 'February 2, 2036'],
      ['metadata', 'Note: This transcript has been edited for length.'],
      ['metadata', 'Last updated 3 February 2036'],
      ['metadata', 'Port Avery, Marlin Islands'],
    ]);
    expect(transcript.source).toBeUndefined();
  });

  it('reads every line as a paragraph, times of day and a closing colon as speech', () => {
    expect(paragraphsOf(transcript, 't1')).toEqual([
      ['Thank you all for coming at 10:30 a.m. on a Sunday.', false, false],
      ['The dredging will take 45:00 minutes a day, every day, until March.', false, false],
      ['Here is what we will do next:', false, false],
    ]);
    expect(turnsOf(transcript)).toEqual([
      ['PORT DIRECTOR JOSEFA REYES', 's-reyes'],
      ['QUESTION', 'r-unnamed-1'],
      ['DIRECTOR REYES', 's-reyes'],
      ['QUESTION', 'r-unnamed-2'],
      ['DIRECTOR REYES', 's-reyes'],
      ['QUESTION', 'r-unnamed-3'],
      ['DIRECTOR REYES', 's-reyes'],
    ]);
  });

  it('keeps an empty turn and says so', () => {
    expect(transcript.turns[3]?.paragraphs).toEqual([]);
    expect(transcript.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['empty-turn', '"QUESTION" has a speaker label but no speech after it.'],
    ]);
    expect(speakersOf(transcript)[0]).toMatchObject({
      name: 'Josefa Reyes',
      role: 'Port Director',
    });
  });
});

describe('a page with navigation and no line that names the event', () => {
  const transcript = parseTranscript(readFixture('no-title'));

  it('makes a title from the speaker, never from a navigation line, and says so', () => {
    expect(transcript.title).toBe('Briefing by Mr. Osei');
    expect(transcript.titleSpan).toBeUndefined();
    expect(transcript.boilerplate.map((block) => block.text)).toEqual([
      'Skip to main content',
      'Menu',
      'Search',
      'News and Events',
    ]);
    expect(transcript.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['boilerplate-dropped', '4 lines of page text before the first speaker were set aside.'],
      [
        'no-title',
        'No line names the event, so the title "Briefing by Mr. Osei" was made from what the text says.',
      ],
    ]);
  });
});

describe('a noon briefing written partly in prose', () => {
  const transcript = parseTranscript(readFixture('noon-briefing'));

  it('keeps the prose before the first label as preamble text and reads the questions after it', () => {
    expect(transcript.preamble.map((block) => block.kind)).toEqual([
      'metadata',
      'text',
      'text',
      'text',
    ]);
    expect(transcript.diagnostics.map((d) => d.code)).toEqual(['text-before-first-turn']);
    expect(turnsOf(transcript)).toEqual([
      ['Question', 'r-unnamed-1'],
      ['Spokesperson', 's-brandt'],
      ['Question', 'r-unnamed-1'],
      ['Spokesperson', 's-brandt'],
      ['Question', 'r-edith'],
      ['Spokesperson', 's-brandt'],
    ]);
  });

  it('names the spokesperson from the line that introduces the briefing', () => {
    expect(speakersOf(transcript)[1]).toEqual({
      id: 's-brandt',
      name: 'Aurelio Brandt',
      kind: 'official',
      role: 'Spokesperson',
      affiliation: undefined,
      labels: ['Spokesperson'],
    });
    expect(exchangesOf(transcript)).toEqual([
      ['question', 't1 t2 t3 t4', 'r-unnamed-1'],
      ['question', 't5 t6', 'r-edith'],
    ]);
  });
});

describe('a gaggle with a page footer after the last turn', () => {
  const transcript = parseTranscript(readFixture('gaggle-footer'));

  it('sets the footer aside and keeps the closing time line as a stage direction', () => {
    expect(transcript.turns.at(-1)?.paragraphs.map((p) => [p.text, p.stage])).toEqual([
      ["We're not there yet. Thanks, everybody.", false],
      ['END 11:20 A.M. EDT', true],
    ]);
    expect(transcript.boilerplate.map((block) => block.text)).toEqual([
      'Press Briefings',
      'The White House',
      '1600 Harbor Avenue NW',
      'Port Lorne, PL 20500',
      'WH.gov',
      'News',
      'Administration',
      'Issues',
    ]);
    expect(transcript.diagnostics.map((d) => d.message)).toEqual([
      '1 line of page text before the title was set aside.',
      '7 lines of page text after the last speaker were set aside.',
    ]);
  });

  it('keeps aboard and en route lines as metadata, and a dash-led question a follow-up', () => {
    expect(transcript.preamble.map((block) => [block.kind, block.text])).toEqual([
      ['metadata', 'Briefing Room'],
      ['metadata', 'MAY 03, 2031•PRESS BRIEFINGS'],
      ['metadata', 'Aboard the Presidential Aircraft'],
      ['metadata', 'En Route to Port Lorne'],
      ['metadata', '11:02 A.M. EDT'],
    ]);
    expect(exchangesOf(transcript)).toEqual([
      ['statements', 't1', undefined],
      ['question', 't2 t3 t4 t5', 'r-unnamed-1'],
      ['question', 't6 t7 t8 t9', 'r-unnamed-2'],
    ]);
  });
});

describe('a hearing labelled by surnames', () => {
  const transcript = parseTranscript(readFixture('hearing-surnames'));

  it('keeps the members who ask questions officials, and reads a witness from the panel line', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-cantrell',
        name: 'Cantrell',
        kind: 'official',
        role: undefined,
        affiliation: undefined,
        labels: ['CANTRELL'],
      },
      {
        id: 's-voss',
        name: 'Dana Voss',
        kind: 'official',
        role: 'Administrator',
        affiliation: 'Federal Rail Office',
        labels: ['VOSS'],
      },
      {
        id: 's-morales',
        name: 'Morales',
        kind: 'official',
        role: undefined,
        affiliation: undefined,
        labels: ['MORALES'],
      },
    ]);
  });
});

describe('a weekly briefing with an office before the name and reporters who name themselves', () => {
  const transcript = parseTranscript(readFixture('weekly-briefing'));

  it('reads "Office, Honorific Name:" as one official and "this is Name from Outlet" as a reporter', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 's-mehta',
        name: 'Arun Mehta',
        kind: 'official',
        role: 'Official Spokesperson',
        affiliation: undefined,
        labels: ['Official Spokesperson, Shri Arun Mehta'],
      },
      {
        id: 'r-ravi',
        name: 'Ravi',
        kind: 'reporter',
        role: undefined,
        affiliation: 'Vista News',
        labels: ['Question'],
      },
      {
        id: 'r-sidhant',
        name: 'Sidhant',
        kind: 'reporter',
        role: undefined,
        affiliation: 'WRN',
        labels: ['Question'],
      },
    ]);
  });
});

describe('a broadcast interview', () => {
  const transcript = parseTranscript(readFixture('broadcast'));

  it('makes the anchor a reporter of the outlet in her label, and the guest an official', () => {
    expect(speakersOf(transcript)).toEqual([
      {
        id: 'r-solt',
        name: 'Kira Solt',
        kind: 'reporter',
        role: 'WNX Anchor',
        affiliation: 'WNX',
        labels: ['KIRA SOLT, WNX ANCHOR', 'SOLT'],
      },
      {
        id: 's-renn',
        name: 'Ida Renn',
        kind: 'official',
        role: 'Foreign Minister',
        affiliation: undefined,
        labels: ['RENN'],
      },
    ]);
    expect(transcript.turns[3]?.paragraphs.map((p) => [p.text, p.stage])).toEqual([
      ['We expect so.', false],
      ['(COMMERCIAL BREAK)', true],
    ]);
  });
});

describe('outlets as labels in mixed case', () => {
  const transcript = parseTranscript(readFixture('outlet-labels'));

  it('reads outlet labels as reporters and a country before a colon as speech', () => {
    expect(turnsOf(transcript)).toEqual([
      ['Xu Wen', 's-wen'],
      ['KTVN', 'r-ktvn'],
      ['Xu Wen', 's-wen'],
      ['Ledger', 'r-ledger'],
      ['Xu Wen', 's-wen'],
      ['Follow-up', 'r-ledger'],
      ['Xu Wen', 's-wen'],
    ]);
    expect(transcript.turns[4]?.paragraphs.map((p) => p.text)).toEqual([
      'I would refer you to the competent authorities.',
      'Ukraine: The position of the ministry has not changed.',
    ]);
    expect(speakersOf(transcript)[0]).toMatchObject({
      name: 'Xu Wen',
      role: 'Foreign Ministry Spokesperson',
    });
  });
});

describe('the plain-text export of every form', () => {
  // What the export keeps: who speaks, every turn's speech, the exchanges.
  const structure = (transcript: Transcript) => ({
    title: transcript.title,
    speakers: transcript.speakers.map(({ id, name, kind, labels }) => ({ id, name, kind, labels })),
    turns: transcript.turns.map(({ id, speakerId, label, interpreted, paragraphs }) => ({
      id,
      speakerId,
      label,
      interpreted,
      paragraphs: paragraphs.map(({ text, stage }) => ({ text, stage })),
    })),
    exchanges: transcript.exchanges,
  });
  const names = readdirSync(new URL('../fixtures/', import.meta.url))
    .filter((name) => name.startsWith('transcript-'))
    .map((name) => name.replace(/^transcript-|\.txt$/g, ''));

  it.each(names)('parses back to the same speakers, turns and exchanges: %s', (name) => {
    const original = parseTranscript(readFixture(name));
    expect(structure(parseTranscript(exportTranscriptText(original)))).toEqual(structure(original));
  });
});
