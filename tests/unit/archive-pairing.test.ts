import { describe, expect, it } from 'vitest';
import { pairStories, type PairingBriefing } from '../../src/domain/archive/pairing';
import type { BriefingSlug, StorySlug, TopicCount } from '../../src/domain/archive/types';
import type { TopicId } from '../../src/domain/types';

const topics = (...ids: string[]): TopicCount[] =>
  ids.map((id) => ({ id: id as TopicId, mentions: 1 }));

const briefing = (slug: string, date: string | undefined, ...ids: string[]): PairingBriefing => ({
  slug: slug as BriefingSlug,
  file: `${slug}.txt`,
  topics: topics(...ids),
  ...(date === undefined ? {} : { date }),
});

const story = (slug: string, date: string | undefined, ...ids: string[]) => ({
  slug: slug as StorySlug,
  file: `${slug}.txt`,
  topics: topics(...ids),
  ...(date === undefined ? {} : { date }),
});

describe('pairStories', () => {
  it('suggests the briefing within a week that shares the most topics', () => {
    const { pairings } = pairStories(
      [
        briefing('b-near', '2020-03-02', 'libya'),
        briefing('b-most', '2020-03-07', 'libya', 'nato'),
        briefing('b-far', '2020-03-20', 'libya', 'nato', 'iraq'),
      ],
      [story('s', '2020-03-01', 'libya', 'nato', 'iraq')],
    );
    expect(pairings).toEqual([
      {
        briefing: 'b-most',
        story: 's',
        suggested: true,
        shown: true,
        sharedTopics: ['libya', 'nato'],
      },
    ]);
  });

  it('breaks a tie by the nearer date, on either side of the story', () => {
    const { pairings } = pairStories(
      [
        briefing('b-before', '2020-02-27', 'iran'),
        briefing('b-after', '2020-03-03', 'iran'),
        briefing('b-later', '2020-03-06', 'iran'),
      ],
      [story('s', '2020-03-01', 'iran')],
    );
    expect(pairings.map((p) => p.briefing)).toEqual(['b-after']);
  });

  it('suggests nothing for an undated story, past seven days, or without a shared topic', () => {
    const { pairings } = pairStories(
      [briefing('b', '2020-03-01', 'iran'), briefing('b-undated', undefined, 'iran')],
      [
        story('undated', undefined, 'iran'),
        story('eight-days', '2020-03-09', 'iran'),
        story('other-topic', '2020-03-02', 'libya'),
        story('seven-days', '2020-02-23', 'iran'),
      ],
    );
    expect(pairings.map((p) => p.story)).toEqual(['seven-days']);
  });

  it('follows the manifest first, and never suggests a story for a briefing it pairs', () => {
    const first = briefing('b1', '2020-03-01', 'iran');
    const { pairings, problems } = pairStories(
      [{ ...first, pairedStory: 'chosen.txt' }, briefing('b2', '2020-03-04', 'libya')],
      [story('chosen', '2020-05-01', 'nato'), story('close', '2020-03-01', 'iran', 'libya')],
    );
    expect(pairings).toEqual([
      { briefing: 'b1', story: 'chosen', suggested: false, shown: true, sharedTopics: [] },
      { briefing: 'b2', story: 'close', suggested: true, shown: true, sharedTopics: ['libya'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('shows one story per briefing: the best of those that chose it', () => {
    const { pairings } = pairStories(
      [briefing('b', '2020-03-01', 'iran', 'iraq')],
      [story('one-topic', '2020-03-01', 'iran'), story('two-topics', '2020-03-05', 'iran', 'iraq')],
    );
    expect(pairings.map((p) => [p.story, p.briefing, p.shown])).toEqual([
      ['one-topic', 'b', false],
      ['two-topics', 'b', true],
    ]);
  });

  it('reports a manifest pairing with a missing story or with a briefing', () => {
    const { pairings, problems } = pairStories(
      [
        { ...briefing('b1', '2020-03-01'), pairedStory: 'nowhere.txt' },
        { ...briefing('b2', '2020-03-01'), pairedStory: 'b1.txt' },
      ],
      [],
      new Set(['b1.txt', 'b2.txt']),
    );
    expect(pairings).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'podium.json pairs it with "nowhere.txt", which is not a readable story of the folder; the pairing was ignored.',
      'podium.json pairs it with "b1.txt", which is a briefing, not a story; the pairing was ignored.',
    ]);
  });
});
