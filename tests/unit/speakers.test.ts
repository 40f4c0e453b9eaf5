import { describe, expect, it } from 'vitest';
import { kindOfLabel, resolveLabelSpeakers } from '../../src/domain/transcript/speakers';
import {
  describeName,
  describeRole,
  readOfficialName,
} from '../../src/domain/transcript/official-names';

const resolve = (names: string[], title = '', country?: string) =>
  resolveLabelSpeakers(
    names.map((name) => ({ label: name, name })),
    country === undefined ? { title } : { title, country },
  );

describe('kindOfLabel', () => {
  it('tells reporters, staff, unknown speakers and officials apart', () => {
    expect(['Q', 'QUESTION', 'Question'].map(kindOfLabel)).toEqual([
      'reporter',
      'reporter',
      'reporter',
    ]);
    expect(['STAFF', 'MODERATOR', 'Moderator'].map(kindOfLabel)).toEqual([
      'staff',
      'staff',
      'staff',
    ]);
    expect(['UNKNOWN', '(UNKNOWN)', 'UNIDENTIFIED SPEAKER'].map(kindOfLabel)).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(['SEC. ESPER', 'MR. HOFFMAN', 'Rumsfeld'].map(kindOfLabel)).toEqual([
      'official',
      'official',
      'official',
    ]);
  });
});

describe('readOfficialName', () => {
  it('splits office, honorific, given names and surname', () => {
    const name = readOfficialName('SECRETARY OF DEFENSE DR. MARK T. ESPER');
    expect(name).toMatchObject({
      role: ['SECRETARY', 'OF', 'DEFENSE'],
      honorific: 'DR.',
      given: ['MARK', 'T.'],
      surname: 'ESPER',
    });
    expect(describeName(name)).toBe('Mark T. Esper');
    expect(describeRole(name)).toBe('Secretary of Defense');
  });

  it('reads a nationality adjective as the country', () => {
    const name = readOfficialName('ITALIAN MINISTER OF DEFENSE LORENZO GUERINI');
    expect(name.country).toBe('Italy');
    expect(describeName(name)).toBe('Lorenzo Guerini');
    expect(describeRole(name)).toBe('Minister of Defense');
  });

  it('spells out abbreviated titles of short labels', () => {
    expect(describeName(readOfficialName('SEC. ESPER'))).toBe('Secretary Esper');
    expect(describeRole(readOfficialName('GEN. MILLEY'))).toBe('General');
    expect(describeName(readOfficialName('MR. HOFFMAN'))).toBe('Mr. Hoffman');
    expect(describeRole(readOfficialName('MR. HOFFMAN'))).toBeUndefined();
  });

  it('keeps a rank after an office apart, but not the "General" of an Attorney General', () => {
    const chairman = readOfficialName(
      'CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL MARK A. MILLEY',
    );
    expect(describeRole(chairman)).toBe('Chairman of the Joint Chiefs of Staff');
    expect(chairman.titles).toEqual(['General']);
    expect(describeRole(readOfficialName('ATTORNEY GENERAL WILLIAM BARR'))).toBe(
      'Attorney General',
    );
  });

  it('reads a label that is only an office', () => {
    const president = readOfficialName('THE PRESIDENT');
    expect(president.surname).toBeUndefined();
    expect(describeName(president)).toBe('The President');
  });

  it('reads a country name only after "OF", since it may be a given name', () => {
    expect(readOfficialName('MINISTER OF DEFENCE OF NORWAY INGRID SOLBERG').country).toBe('Norway');
    expect(readOfficialName('MR. JORDAN SMITH')).toMatchObject({ given: ['JORDAN'] });
    expect(readOfficialName('MR. JORDAN SMITH').country).toBeUndefined();
  });
});

describe('resolveLabelSpeakers', () => {
  it('resolves long and short labels of one person to one speaker', () => {
    const speakers = resolve(
      ['SECRETARY OF DEFENSE DR. MARK T. ESPER', 'SEC. ESPER'],
      '',
      'United States',
    );
    const long = speakers.get('SECRETARY OF DEFENSE DR. MARK T. ESPER');
    expect(speakers.get('SEC. ESPER')).toBe(long);
    expect(long).toMatchObject({
      name: 'Mark T. Esper',
      role: 'Secretary of Defense',
      affiliation: 'United States',
      idBase: 's-esper',
    });
  });

  it('finds a short label however early it stands', () => {
    const speakers = resolve(['MIN. GUERINI', 'ITALIAN MINISTER OF DEFENSE LORENZO GUERINI']);
    expect(speakers.get('MIN. GUERINI')?.name).toBe('Lorenzo Guerini');
  });

  it('keeps two people of one surname apart and gives a short label to the matching office', () => {
    const speakers = resolve([
      'SECRETARY OF STATE JOHN SMITH',
      'GENERAL JANE SMITH',
      'GEN. SMITH',
      'SEC. SMITH',
    ]);
    expect(speakers.get('GEN. SMITH')?.name).toBe('Jane Smith');
    expect(speakers.get('SEC. SMITH')?.name).toBe('John Smith');
    expect(speakers.get('GENERAL JANE SMITH')).not.toBe(
      speakers.get('SECRETARY OF STATE JOHN SMITH'),
    );
  });

  it('does not join a Mr. and a Ms. of one surname', () => {
    const speakers = resolve(['MR. LEE', 'MS. LEE']);
    expect(speakers.get('MR. LEE')).not.toBe(speakers.get('MS. LEE'));
  });

  it('takes the country from "Surname of Country" in the title, before the publisher\'s', () => {
    const title = 'Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing';
    const speakers = resolve(['MIN. GUERINI', 'SEC. ESPER'], title, 'United States');
    expect(speakers.get('MIN. GUERINI')?.affiliation).toBe('Italy');
    expect(speakers.get('SEC. ESPER')?.affiliation).toBe('United States');
  });

  it('gathers unknown labels into one speaker and names staff in normal case', () => {
    const speakers = resolve(['UNKNOWN', '(UNKNOWN)', 'STAFF', 'MODERATOR']);
    expect(speakers.get('(UNKNOWN)')).toBe(speakers.get('UNKNOWN'));
    expect(speakers.get('UNKNOWN')).toMatchObject({ name: 'Unknown speaker', idBase: 'unknown' });
    expect(speakers.get('STAFF')).toMatchObject({ name: 'Staff', kind: 'staff', idBase: 'staff' });
    expect(speakers.get('MODERATOR')).toMatchObject({ name: 'Moderator', idBase: 'moderator' });
  });

  it('leaves reporter labels to the question resolution', () => {
    expect(resolve(['Q', 'QUESTION']).size).toBe(0);
  });
});

describe('labels that name a part rather than a person', () => {
  it('gives each role label its kind', () => {
    expect(
      [
        'A',
        'PM',
        'MODERATOR',
        'JOURNALIST',
        'Reporter',
        'Follow-up',
        'SPEAKER 2',
        'Interpreter',
      ].map(kindOfLabel),
    ).toEqual([
      'official',
      'official',
      'staff',
      'reporter',
      'reporter',
      'reporter',
      'unknown',
      'staff',
    ]);
    expect(kindOfLabel('SPEAKER OKAFOR')).toBe('official');
  });

  it('reads "PM" as the Prime Minister of other labels, and "A" as the answering official', () => {
    const speakers = resolve(['PRIME MINISTER', 'PM', 'A']);
    expect(speakers.get('PM')).toBe(speakers.get('PRIME MINISTER'));
    expect(speakers.get('PM')).toMatchObject({
      name: 'Prime Minister',
      idBase: 's-prime-minister',
    });
    expect(speakers.get('A')).toMatchObject({ name: 'Answering official', kind: 'official' });
  });

  it('keeps numbered speakers apart', () => {
    const speakers = resolve(['SPEAKER 1', 'SPEAKER 2', 'UNKNOWN']);
    expect(speakers.get('SPEAKER 1')).not.toBe(speakers.get('SPEAKER 2'));
    expect(speakers.get('SPEAKER 2')).toMatchObject({ name: 'Speaker 2', kind: 'unknown' });
    expect(speakers.get('UNKNOWN')).toMatchObject({ name: 'Unknown speaker' });
  });
});

describe('readOfficialName on other label forms', () => {
  it('reads "FULL NAME, TITLE" and "TITLE – Full Name"', () => {
    const name = readOfficialName('TOMAS HALLORAN, DEPARTMENT SPOKESPERSON');
    expect(describeName(name)).toBe('Tomas Halloran');
    expect(describeRole(name)).toBe('Department Spokesperson');
    const dashed = readOfficialName('Minister for Foreign Affairs and Trade – Senator Jane Roe');
    expect(describeName(dashed)).toBe('Jane Roe');
    expect(describeRole(dashed)).toBe('Senator');
  });

  it('keeps an organisation after a comma apart from the office', () => {
    const name = readOfficialName('DR. ALAN PIKE, DIRECTOR, BUREAU OF DAMS');
    expect(name).toMatchObject({
      given: ['ALAN'],
      surname: 'PIKE',
      organisation: 'Bureau of Dams',
    });
    expect(describeRole(name)).toBe('Director');
  });

  it('reads words before the office as part of it, and an office that takes the next word', () => {
    expect(describeRole(readOfficialName('NATO SECRETARY GENERAL'))).toBe('Nato Secretary General');
    expect(readOfficialName('NATO SECRETARY GENERAL').surname).toBeUndefined();
    const finance = readOfficialName('MINISTER OF FINANCE JANE ROE');
    expect([describeRole(finance), describeName(finance)]).toEqual([
      'Minister of Finance',
      'Jane Roe',
    ]);
    expect(readOfficialName('SPOKESPERSON').surname).toBeUndefined();
    expect(readOfficialName('MAJOR').surname).toBe('MAJOR');
  });

  it('makes "FULL NAME, TITLE" and a later bare "SURNAME" one person', () => {
    const speakers = resolve(['TOMAS HALLORAN, DEPARTMENT SPOKESPERSON', 'HALLORAN']);
    expect(speakers.get('HALLORAN')).toBe(speakers.get('TOMAS HALLORAN, DEPARTMENT SPOKESPERSON'));
    expect(speakers.get('HALLORAN')).toMatchObject({
      name: 'Tomas Halloran',
      role: 'Department Spokesperson',
      idBase: 's-halloran',
    });
  });

  it('makes "MR PRICE" and "MR. PRICE" one person', () => {
    const speakers = resolve(['MR PRICE', 'MR. PRICE']);
    expect(speakers.get('MR PRICE')).toBe(speakers.get('MR. PRICE'));
  });
});

describe('resolveLabelSpeakers with notes and how labels are used', () => {
  const use = (turns: number, questions: number, words: number, first: number) => ({
    turns,
    questions,
    words,
    first,
  });

  it('takes a label that names no office and mostly asks questions for a reporter', () => {
    const speakers = resolveLabelSpeakers(
      [
        { label: 'Lin Haoran', name: 'Lin Haoran', use: use(5, 0, 40, 0) },
        { label: 'KTV', name: 'KTV', use: use(2, 2, 20, 1) },
        { label: 'JANE ROE, DAILY STAR', name: 'JANE ROE, DAILY STAR', use: use(1, 1, 9, 3) },
      ],
      { title: '' },
    );
    expect(speakers.get('Lin Haoran')).toMatchObject({ kind: 'official' });
    expect(speakers.get('KTV')).toMatchObject({
      name: 'KTV reporter',
      kind: 'reporter',
      affiliation: 'KTV',
      idBase: 'r-ktv',
    });
    expect(speakers.get('JANE ROE, DAILY STAR')).toMatchObject({
      name: 'Jane Roe',
      kind: 'reporter',
      affiliation: 'Daily Star',
    });
  });

  it('reads a note as an office, a country or an organisation', () => {
    const speakers = resolveLabelSpeakers(
      [
        {
          label: 'Lena Varga [Alliance Spokesperson]',
          name: 'Lena Varga',
          details: 'Alliance Spokesperson',
        },
        { label: 'Linda Roe (Norway)', name: 'Linda Roe', details: 'Norway' },
        { label: 'SEN. JANE ROE (D-NV)', name: 'SEN. JANE ROE', details: 'D-NV' },
      ],
      { title: '' },
    );
    expect(speakers.get('Lena Varga [Alliance Spokesperson]')).toMatchObject({
      role: 'Alliance Spokesperson',
    });
    expect(speakers.get('Linda Roe (Norway)')).toMatchObject({ affiliation: 'Norway' });
    expect(speakers.get('SEN. JANE ROE (D-NV)')?.affiliation).toBeUndefined();
  });

  it('spells the words of upper-case labels as the title does', () => {
    const speakers = resolve(['NATO SECRETARY GENERAL', 'SEN. MCCALL'], 'NATO and Senator McCall');
    expect(speakers.get('NATO SECRETARY GENERAL')?.name).toBe('NATO Secretary General');
    expect(speakers.get('SEN. MCCALL')?.name).toBe('Senator McCall');
  });

  it('names an office from the title', () => {
    const speakers = resolve(
      ['Secretary General', 'Deputy Secretary General'],
      'Press conference by Secretary General Ilse Brandvold',
    );
    expect(speakers.get('Secretary General')).toMatchObject({
      name: 'Ilse Brandvold',
      role: 'Secretary General',
      idBase: 's-brandvold',
    });
    expect(speakers.get('Deputy Secretary General')?.name).toBe('Deputy Secretary General');
  });
});
