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
