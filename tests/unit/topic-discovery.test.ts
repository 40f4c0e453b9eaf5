import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../src/content/topics';
import { discoverTopics } from '../../src/domain/topics/discover';
import { tagDocuments } from '../../src/domain/topics/tag-documents';
import { parseArticle } from '../../src/domain/article/parse-article';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Mention, Topic, Transcript } from '../../src/domain/types';

const readFixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/topics-${name}.txt`, import.meta.url), 'utf8');

const curatedIds = new Set<string>(defaultTopics.map((topic) => topic.id));
const foundLabels = (topics: readonly Topic[]): string[] =>
  topics.filter((topic) => !curatedIds.has(topic.id)).map((topic) => topic.label);

const briefingMentions = (transcript: Transcript): Mention[] =>
  transcript.turns.flatMap((turn) => turn.paragraphs.flatMap((paragraph) => paragraph.mentions));

// What a mention of `id` says in the input, in order.
const mentionTexts = (text: string, transcript: Transcript, id: string): string[] =>
  briefingMentions(transcript)
    .filter((mention) => mention.topicId === id)
    .map((mention) => text.slice(mention.start, mention.end));

// Words a journalist would never jump to.
const filler = [
  'Thank',
  'Thanks',
  'Question',
  'Secretary',
  'Minister',
  'General',
  'President',
  'Today',
  'Good',
  'January',
  'Tuesday',
  'Monday',
  'Friday',
  'Staff',
  'No',
  'I',
];

const find = (texts: readonly string[], known: readonly Topic[] = []) =>
  discoverTopics({ texts, excludedNames: [], known }).map((found) => found.topic.label);

describe('topics found in a made-up defence briefing', () => {
  const text = readFixture('defence-briefing');
  const { transcript, topics } = tagDocuments(parseTranscript(text, { topics: [] }), undefined);

  it('finds its places, programmes, systems and the people talked about', () => {
    expect(foundLabels(topics)).toEqual([
      'Ruritania',
      'Borealis Accord',
      'KX-9',
      'Port Elda',
      'Skyguard',
      'Oduya',
      'Norway',
    ]);
  });

  it('counts every mention, a demonym for its country included', () => {
    expect(mentionTexts(text, transcript, 'ruritania')).toEqual([
      'Ruritania',
      'Ruritania',
      'Ruritania',
      'Ruritania',
    ]);
    expect(mentionTexts(text, transcript, 'norway')).toEqual(['Norway', 'Norwegian']);
    expect(mentionTexts(text, transcript, 'kx-9')).toEqual(['KX-9', 'KX-9', 'KX-9']);
  });

  it('finds no filler, and neither the speakers nor the reporter and her outlet', () => {
    const labels = topics.map((topic) => topic.label);
    expect(labels.filter((label) => filler.includes(label))).toEqual([]);
    expect(labels.filter((label) => /Volk|Marsh|Dana|Reyes|Harbor/.test(label))).toEqual([]);
  });

  it('names the question by its most mentioned topics', () => {
    expect(transcript.exchanges.map((exchange) => exchange.title)).toEqual([
      'Opening statements',
      'Question 1 · Dana Reyes, Harbor Daily · Port Elda, Ruritania, Borealis Accord',
      'Closing',
    ]);
  });

  it('tags the turns that talk about them', () => {
    expect(transcript.turns.map((turn) => turn.topics)).toEqual([
      ['ruritania', 'borealis-accord', 'skyguard', 'norway'],
      ['kx-9', 'skyguard'],
      [],
      ['ruritania', 'borealis-accord', 'port-elda', 'oduya'],
      ['borealis-accord', 'port-elda', 'oduya'],
      ['port-elda'],
      ['ruritania', 'kx-9'],
      ['kx-9'],
      [],
    ]);
  });
});

describe('topics found in a made-up press briefing', () => {
  const text = readFixture('press-briefing');
  const { transcript, topics } = tagDocuments(parseTranscript(text, { topics: [] }), undefined);

  it('finds the crisis, the pipeline, the recurring phrase, the organisation and the people', () => {
    expect(foundLabels(topics)).toEqual([
      'Eastern Vardonia',
      'Baltic Pipeline',
      'Humanitarian access',
      'Poland',
      'United Nations',
      'Rask',
      'Kessel',
    ]);
  });

  it('counts "Vardonia" and "Vardonian" for Eastern Vardonia', () => {
    expect(mentionTexts(text, transcript, 'eastern-vardonia')).toEqual([
      'Eastern Vardonia',
      'Vardonian',
      'Vardonia',
      'Vardonia',
      'Eastern Vardonia',
    ]);
  });

  it('finds no filler', () => {
    expect(topics.map((topic) => topic.label).filter((label) => filler.includes(label))).toEqual(
      [],
    );
  });
});

describe('discoverTopics', () => {
  it('knows real countries by name and demonym from the country data', () => {
    expect(
      find([
        'We met the Libyan delegation and two Afghan officers.',
        'Our teams in Libya and in Afghanistan work with Afghans every day.',
        'North Korea tested again; North Korean media said so.',
      ]),
    ).toEqual(['Afghanistan', 'Libya', 'North Korea']);
  });

  it('leaves a subject a curated topic already names to that topic', () => {
    expect(
      find(['The Libyan coast guard met in Libya.', 'Libya and Tripoli again.'], defaultTopics),
    ).toEqual([]);
  });

  it('takes titles off names and keeps a surname with the full name', () => {
    expect(
      find([
        'We spoke to Governor Rosa Quill about the flood.',
        'As Governor Quill said, the levees held.',
      ]),
    ).toEqual(['Rosa Quill']);
  });

  it('does not take a word that only opens sentences, or is also written in lower case', () => {
    expect(
      find([
        'Landmines remain a concern. Landmines were discussed.',
        'The Defense budget grew; defense spending matters to the Defense team.',
      ]),
    ).toEqual([]);
  });

  it('never takes the documents’ own people and outlets', () => {
    const found = discoverTopics({
      texts: [
        'Hi, Ada Crane with Coastal Wire.',
        'Ada Crane again, Coastal Wire, on the Merrow Dam.',
        'The Merrow Dam is safe, as Minister Holt said; Holt will visit.',
      ],
      excludedNames: ['Ada Crane', 'Coastal Wire', 'Ben Holt'],
      known: [],
    }).map((candidate) => candidate.topic.label);
    expect(found).toEqual(['Merrow Dam']);
  });

  it('finds acronyms and designations, not a shouted pronoun', () => {
    expect(
      find([
        'The F-35 and the MQ-9 flew with OSCE observers. IT IS what US forces said.',
        'OSCE monitors saw the F-35 and the MQ-9 again.',
      ]),
    ).toEqual(['F-35', 'MQ-9', 'OSCE']);
  });

  it('gives a subject the same id in every document', () => {
    const first = discoverTopics({
      texts: ['The Skyguard radar and the Skyguard launcher.'],
      excludedNames: [],
      known: [],
    });
    const second = discoverTopics({
      texts: ['Skyguard is late. We discussed Skyguard at length.'],
      excludedNames: [],
      known: [],
    });
    expect(first.map((found) => found.topic.id)).toEqual(['skyguard']);
    expect(second.map((found) => found.topic.id)).toEqual(['skyguard']);
  });
});

describe('the shipped briefing and story', () => {
  const briefing = readFileSync(new URL('../../src/content/briefing.txt', import.meta.url), 'utf8');
  const story = readFileSync(new URL('../../src/content/story.txt', import.meta.url), 'utf8');
  const tagged = tagDocuments(
    parseTranscript(briefing, { topics: [] }),
    parseArticle(story, { topics: [] }),
  );
  const count = (id: string) => ({
    briefing: briefingMentions(tagged.transcript).filter((m) => m.topicId === id).length,
    story: tagged.article.paragraphs.flatMap((p) => p.mentions).filter((m) => m.topicId === id)
      .length,
  });

  it('get five found topics after the curated ones', () => {
    expect(tagged.topics.map((topic) => topic.id)).toEqual([
      ...defaultTopics.map((topic) => topic.id),
      'italy',
      'united-states',
      'united-kingdom',
      'royal-navy',
      'political-solution',
    ]);
  });

  it('keep the curated counts: Libya 13 times in the briefing and 4 in the story', () => {
    expect(count('libya')).toEqual({ briefing: 13, story: 4 });
    expect(count('nato')).toEqual({ briefing: 17, story: 7 });
    expect(count('landmines')).toEqual({ briefing: 8, story: 0 });
  });

  it('count the found ones in both documents', () => {
    expect(count('italy')).toEqual({ briefing: 21, story: 11 });
    expect(count('united-kingdom')).toEqual({ briefing: 0, story: 11 });
    expect(count('political-solution')).toEqual({ briefing: 5, story: 0 });
  });

  it('name the questions as before: curated topics first, found ones only to fill', () => {
    expect(tagged.transcript.exchanges.map((exchange) => exchange.title)).toEqual([
      'Opening statements',
      'Question 1 · Luis Martinez, ABC News · Afghanistan, Landmines, NATO',
      'Question 2 · RAI Television reporter · Libya, NATO, Cooperation',
      'Question 3 · Jeff Schogol, Task & Force · Landmines, Libya, Russia',
      'Question 4 · Unnamed reporter · Iraq, 5G, NATO',
      'Closing',
    ]);
  });

  it('give a topic to every substantial turn', () => {
    const long = tagged.transcript.turns.filter(
      (turn) =>
        turn.paragraphs
          .map((p) => p.text)
          .join(' ')
          .split(/\s+/).length >= 40,
    );
    expect(long.filter((turn) => turn.topics.length === 0).map((turn) => turn.id)).toEqual([]);
  });
});

describe('a reader’s own topic', () => {
  it('is tagged like any other, and its words are its own', () => {
    const text = readFixture('press-briefing');
    const own: Topic = {
      id: 'my_sanctions' as Topic['id'],
      label: 'Sanctions',
      patterns: ['sanctions', 'embargo'],
    };
    const { transcript, topics } = tagDocuments(parseTranscript(text, { topics: [] }), undefined, {
      own: [own],
    });
    expect(topics.at(-1)?.label).toBe('Sanctions');
    expect(mentionTexts(text, transcript, 'my_sanctions')).toEqual([
      'sanctions',
      'embargo',
      'embargo',
      'sanctions',
      'sanctions',
      'sanctions',
    ]);
  });
});
