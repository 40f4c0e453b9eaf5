import { describe, expect, it } from 'vitest';
import { buildArchiveModel } from '../../src/domain/archive/build-model';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';

// Each briefing: a title, the labels given, one line of speech each, and a reporter's question.
function briefing(date: string, ...labels: string[]) {
  const text = [
    'Press Briefing',
    ...labels.map((label) => `${label}:  Good morning, and thank you for coming.`),
    'Q:  Tilde Amsel, Lantern Wire.  What comes next?',
    `${labels[0] ?? 'STAFF'}:  We will see.`,
  ].join('\n\n');
  return { file: `${date}.txt`, document: parseTranscript(text), entry: { date } };
}

const people = (...briefings: ReturnType<typeof briefing>[]) =>
  buildArchiveModel(briefings).people.map((person) => [person.name, person.briefings]);

describe('people across briefings', () => {
  it('makes one person of a long name with and without a middle initial', () => {
    expect(
      people(
        briefing('2019-01-10', 'SECRETARY OF DEFENSE DR. ANA M. RUIZ'),
        briefing('2019-02-10', 'SECRETARY OF DEFENSE ANA RUIZ'),
      ),
    ).toEqual([
      ['Ana M. Ruiz', 2],
      ['Tilde Amsel', 2],
    ]);
  });

  it('gives a short label to the person of that title nearest in time', () => {
    expect(
      people(
        briefing('2015-03-01', 'SECRETARY OF DEFENSE ANA RUIZ'),
        briefing('2023-03-01', 'SECRETARY OF DEFENSE TOMAS RUIZ'),
        briefing('2022-06-01', 'SEC. RUIZ'),
        briefing('2016-01-01', 'SEC. RUIZ'),
      ),
    ).toEqual([
      ['Ana Ruiz', 2],
      ['Tilde Amsel', 4],
      ['Tomas Ruiz', 2],
    ]);
  });

  it('keeps apart two officials of one surname with other given names, countries or honorifics', () => {
    expect(
      people(
        briefing('2019-01-10', 'ZEMBLAN MINISTER OF DEFENSE OWEN POPESCU'),
        briefing('2019-02-10', 'ZEMBLAN MINISTER OF DEFENSE FELIX POPESCU'),
        briefing('2019-03-10', 'ITALIAN MINISTER OF DEFENSE ANA LANE'),
        briefing('2019-04-10', 'SPANISH MINISTER OF DEFENSE ANA LANE'),
        briefing('2019-05-10', 'MR. QUILL'),
        briefing('2019-06-10', 'MS. QUILL'),
      ).map(([name]) => name),
    ).toEqual([
      'Ana Lane',
      'Ana Lane',
      'Felix Popescu',
      'Mr. Quill',
      'Ms. Quill',
      'Owen Popescu',
      'Tilde Amsel',
    ]);
  });

  it('gives no page to an official known only by an office, nor to staff', () => {
    expect(people(briefing('2019-01-10', 'SENIOR DEFENSE OFFICIAL', 'MODERATOR', 'STAFF'))).toEqual(
      [['Tilde Amsel', 1]],
    );
  });
});
