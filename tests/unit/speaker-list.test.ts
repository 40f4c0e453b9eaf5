import { describe, expect, it } from 'vitest';
import { createSpeakerMatcher, groupSpeakers } from '../../src/domain/search/speaker-list';
import type { Speaker, SpeakerId } from '../../src/domain/types';

const speaker = (
  id: string,
  kind: Speaker['kind'],
  name: string,
  affiliation?: string,
): Speaker => ({
  id: id as SpeakerId,
  name,
  kind,
  labels: [name.toUpperCase()],
  ...(affiliation === undefined ? {} : { affiliation }),
});

const speakers: Speaker[] = [
  speaker('r-1', 'reporter', 'Dana Reyes', 'Harbor Daily'),
  speaker('s-1', 'official', 'Ilse Brandvold', 'Norway'),
  speaker('r-2', 'reporter', 'Tomas Ek', 'Aurora Radio'),
  speaker('r-3', 'reporter', 'Unnamed reporter 1'),
  speaker('staff', 'staff', 'Staff'),
  speaker('r-4', 'reporter', 'Leila Okonjo', 'Harbor Daily'),
];

describe('groupSpeakers', () => {
  it('puts officials first, reporters by outlet A to Z with the unnamed outlet last, then staff', () => {
    expect(
      groupSpeakers(speakers).map((group) => [
        group.title,
        group.speakers.map((member) => member.name),
      ]),
    ).toEqual([
      ['Officials', ['Ilse Brandvold']],
      ['Aurora Radio', ['Tomas Ek']],
      ['Harbor Daily', ['Dana Reyes', 'Leila Okonjo']],
      ['Outlet not given', ['Unnamed reporter 1']],
      ['Staff and others', ['Staff']],
    ]);
  });
});

describe('createSpeakerMatcher', () => {
  it('finds a speaker by any words of name or outlet, case and accents aside', () => {
    const names = (query: string) =>
      speakers.filter(createSpeakerMatcher(query)).map((member) => member.name);
    expect(names('harbor')).toEqual(['Dana Reyes', 'Leila Okonjo']);
    expect(names('LEILA harbor')).toEqual(['Leila Okonjo']);
    expect(names('tomás')).toEqual(['Tomas Ek']);
    expect(names('  ')).toHaveLength(6);
    expect(names('nobody')).toEqual([]);
  });
});
