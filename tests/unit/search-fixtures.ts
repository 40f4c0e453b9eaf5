import { readFileSync } from 'node:fs';
import { parseQuery, type SearchQuery } from '../../src/domain/search/query';
import { listSearchRecords, type SearchRecord } from '../../src/domain/search/records';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';

// Two made-up briefings for the search tests: May 2021 (Okafor, Vale, a reporter) and June 2022
// (Vale alone, another reporter), and a reader for queries that must be good.

const readFixture = (name: string) =>
  parseTranscript(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

/** The records of both fixture briefings, their permalinks built by `permalink`. */
export function listFixtureRecords(
  permalink: (slug: string, exchangeId: string, turnId: string) => string,
): SearchRecord[] {
  const briefings = [
    {
      slug: 'may',
      title: 'Joint Press Briefing',
      date: '2021-05-04',
      publisher: 'Ministry of Example',
      transcript: readFixture('search-briefing.txt'),
    },
    {
      slug: 'june',
      title: 'Press Briefing',
      date: '2022-06-10',
      publisher: 'Department of Example',
      transcript: readFixture('search-briefing-2.txt'),
    },
  ];
  return briefings.flatMap((briefing) =>
    listSearchRecords(briefing, {
      permalink: (exchangeId, turnId) => permalink(briefing.slug, exchangeId, turnId),
      speakerSlug: (speaker) => speaker.name.toLowerCase().replaceAll(' ', '-'),
    }),
  );
}

/** Reads a query the test knows to be good. */
export function readQuery(text: string): SearchQuery {
  const reading = parseQuery(text);
  if (!reading.ok) throw new Error(`"${text}" was refused: ${reading.problem.message}`);
  return reading.query;
}
