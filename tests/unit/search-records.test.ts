import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packBriefing, unpackBriefing } from '../../src/domain/search/archive-pack';
import { joinCompounds } from '../../src/domain/search/compounds';
import { listSearchRecords, type SearchRecord } from '../../src/domain/search/records';
import { cutSnippet } from '../../src/domain/search/snippet';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';

const text = readFileSync(new URL('../fixtures/search-briefing.txt', import.meta.url), 'utf8');
const transcript = parseTranscript(text);
const slug = '2021-05-04-joint-press-briefing';
const records = listSearchRecords(
  {
    slug,
    title: 'Joint Press Briefing',
    date: '2021-05-04',
    publisher: 'Ministry of Example',
    transcript,
  },
  {
    permalink: (exchangeId, turnId) => `/briefings/${slug}/exchange/${exchangeId}/#${turnId}`,
    speakerSlug: (speaker) => speaker.name.toLowerCase().replaceAll(' ', '-'),
  },
);

describe('listSearchRecords', () => {
  it('makes one record per turn, linked to the turn and described for a result list', () => {
    expect(records).toHaveLength(6);
    expect(records[3]).toEqual({
      url: '/briefings/2021-05-04-joint-press-briefing/exchange/x2/#t4',
      slug: '2021-05-04-joint-press-briefing',
      content: 'Minister, are the minefields a risk for military planning in Libya?',
      language: 'en',
      meta: {
        speaker: 'Nora Pélosi',
        role: 'Delta Courier',
        briefing: 'Joint Press Briefing',
        date: '2021-05-04',
        exchange: 'Question 1 · Nora Pélosi, Delta Courier · Libya, Landmines',
      },
      filters: {
        speaker: ['nora-pélosi'],
        topic: ['libya', 'landmines'],
        year: ['2021'],
        publisher: ['Ministry of Example'],
      },
      sort: { date: '2021-05-04 00004', recent: '2021-05-04 99995' },
    });
  });

  it('keeps a turn’s speech and leaves its stage directions out', () => {
    expect(records[4]?.content).toBe(
      'Landmines remain a risk.\nOur military teams in Libya work with partners.',
    );
    expect(records[4]?.meta.role).toBe('Minister of Defence');
  });

  it('sorts an undated briefing before every dated one and gives it no year', () => {
    const [first] = listSearchRecords(
      { slug, title: 'Undated', date: undefined, publisher: undefined, transcript },
      { permalink: () => '/x', speakerSlug: () => 'someone' },
    );
    expect(first?.sort.date).toBe('0000-00-00 00001');
    expect(first?.filters.year).toEqual([]);
    expect(first?.filters.publisher).toEqual([]);
    expect(first?.meta.date).toBeUndefined();
  });
});

describe('joinCompounds', () => {
  const record = (url: string, content: string): SearchRecord => {
    const [first] = records;
    if (first === undefined) throw new Error('The fixture gave no records.');
    return { ...first, url, content };
  };

  it('joins two words that the archive also writes as one, and nothing else', () => {
    const joined = joinCompounds([
      record('/a', 'The mine fields and land mines near the border.'),
      record('/b', 'Minefields, a landmine, the F-35.'),
      record('/c', 'An F 35 flew over.'),
    ]);
    expect(joined.map((each) => each.meta.joined)).toEqual([
      'minefields landmines',
      undefined,
      'f35',
    ]);
  });
});

describe('packBriefing', () => {
  it('packs a briefing into one record whose turns unpack as they were', () => {
    const packed = packBriefing(records);
    expect(packed.filters).toEqual({
      speaker: ['lina-okafor', 'tomas-vale', 'staff', 'nora-pélosi'],
      topic: ['landmines', '5g', 'defence-industry', 'libya'],
      year: ['2021'],
      publisher: ['Ministry of Example'],
    });
    expect(packed.sort).toEqual({ date: '2021-05-04' });
    // The index gives the text back with its spaces and line breaks made single spaces.
    const returned = { content: packed.content.replace(/\s+/g, ' '), meta: packed.meta };
    const turns = unpackBriefing(returned);
    expect(turns.map((turn) => turn.url)).toEqual(records.map((record) => record.url));
    expect(turns[4]).toEqual({
      url: '/briefings/2021-05-04-joint-press-briefing/exchange/x2/#t5',
      content: 'Landmines remain a risk. Our military teams in Libya work with partners.',
      meta: {
        speaker: 'Lina Okafor',
        role: 'Minister of Defence',
        briefing: 'Joint Press Briefing',
        date: '2021-05-04',
        exchange: 'Question 1 · Nora Pélosi, Delta Courier · Libya, Landmines',
      },
      filters: {
        speaker: ['lina-okafor'],
        topic: ['libya', 'landmines'],
        year: ['2021'],
        publisher: ['Ministry of Example'],
      },
    });
  });

  it('unpacks nothing from a record it did not pack', () => {
    expect(unpackBriefing({ content: 'Some text.', meta: { card: 'plain words' } })).toEqual([]);
  });
});

describe('cutSnippet', () => {
  const long =
    'At the start of this long answer nothing is said about the subject at all, and this goes on ' +
    'for a while. Then the minefields near the border come up, and later, much later, after many ' +
    'other words about budgets, schedules and partners, the subject of Libya is raised again by ' +
    'the minister, who speaks of Libya and of minefields once more before closing the answer.';

  it('keeps a short text whole', () => {
    expect(cutSnippet('Mine fields.', [{ start: 0, end: 11 }])).toEqual({
      text: 'Mine fields.',
      hits: [{ start: 0, end: 11 }],
      before: false,
      after: false,
    });
  });

  it('cuts around the stretch with the most matches, at word edges, with offsets into the cut', () => {
    // Where each word stands in the text: minefields, Libya, Libya, minefields.
    const spans = [
      { start: 114, end: 124 },
      { start: 250, end: 255 },
      { start: 303, end: 308 },
      { start: 316, end: 326 },
    ];
    expect(spans.map((span) => long.slice(span.start, span.end))).toEqual([
      'minefields',
      'Libya',
      'Libya',
      'minefields',
    ]);
    const snippet = cutSnippet(long, spans, 120);
    // The three close matches, with a few words before them.
    expect(snippet.text).toBe(
      'schedules and partners, the subject of Libya is raised again by the minister, who speaks of Libya and of minefields once',
    );
    expect(snippet.hits.map((hit) => snippet.text.slice(hit.start, hit.end))).toEqual([
      'Libya',
      'Libya',
      'minefields',
    ]);
    expect(snippet.before).toBe(true);
    expect(snippet.after).toBe(true);
  });
});
