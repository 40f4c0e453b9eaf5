import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeSearchIndex,
  writeSearchIndex,
  type SearchIndexReport,
} from '../../scripts/search-index';
import type { FacetFilters, SearchSort } from '../../src/domain/search/results';
import { openDetails, sealDetails } from '../../src/domain/search/sealed-meta';
import { createArchiveSearch, type ArchiveSearch } from '../../src/features/search/archive-search';
import { startStaticServer, type StaticServer } from '../bench/static-server';
import { listFixtureRecords, readQuery } from './search-fixtures';

// A real Pagefind index of two made-up briefings, written to a temporary folder, served by a plain
// static server and searched through the pagefind.js it wrote, as a browser would.

const records = listFixtureRecords(
  (slug, exchangeId, turnId) => `/briefings/${slug}/exchange/${exchangeId}/#${turnId}`,
);

let site: string;
let report: SearchIndexReport;
let server: StaticServer;
let archive: ArchiveSearch;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'podium-search-'));
  report = await writeSearchIndex(records, site);
  server = await startStaticServer(site);
  archive = createArchiveSearch({
    bundlePath: `${server.origin}/pagefind/`,
    // Node cannot import from http: the module comes from the folder, its data from the server.
    load: () => import(pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href),
  });
}, 60_000);

afterAll(async () => {
  await server.close();
  await rm(site, { recursive: true, force: true });
});

const search = async (text: string, sort: SearchSort = 'newest', filters: FacetFilters = {}) => {
  const cursor = await archive.search({ query: readQuery(text), filters, sort });
  const page = await cursor.next(10);
  return {
    candidates: cursor.candidates,
    rejected: page.rejected,
    done: page.done,
    shown: page.results.map((result) => [
      result.url,
      result.snippet.hits.map((hit) => result.snippet.text.slice(hit.start, hit.end)),
    ]),
  };
};

describe('writeSearchIndex', () => {
  it('writes the Pagefind bundle into pagefind/, without the ready-made interfaces', async () => {
    const files = await readdir(join(site, 'pagefind'), { recursive: true });
    for (const name of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'wasm.en.pagefind',
    ]) {
      expect(files).toContain(name);
    }
    expect(files.filter((name) => name.startsWith('index/'))).not.toHaveLength(0);
    expect(files.filter((name) => name.startsWith('filter/'))).not.toHaveLength(0);
    // One record per briefing, each holding its turns.
    expect(files.filter((name) => name.startsWith('fragment/'))).toHaveLength(2);
    expect(files.filter((name) => name.startsWith('pagefind-ui'))).toEqual([]);
  });

  it('reports what it wrote', () => {
    expect(report.records).toBe(10);
    expect(report.briefings).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.bytes).toBeGreaterThan(0);
    expect(describeSearchIndex(report)).toMatch(
      /^Search index: 10 turns of 2 briefings, \d+ files, \d+\.\d MB in \d+\.\d s/,
    );
  });
});

describe('createArchiveSearch on the written index', () => {
  it('finds "minefields" however it is written, newest briefing first', async () => {
    const found = await search('minefields');
    expect(found.shown).toEqual([
      ['/briefings/june/exchange/x1/#t1', ['Mine-fields']],
      ['/briefings/may/exchange/x1/#t1', ['mine fields']],
      ['/briefings/may/exchange/x2/#t4', ['minefields']],
    ]);
    expect(found.done).toBe(true);
  });

  it('lists what was said first when asked for the oldest first', async () => {
    const found = await search('minefields', 'oldest');
    expect(found.shown.map(([url]) => url)).toEqual([
      '/briefings/may/exchange/x1/#t1',
      '/briefings/may/exchange/x2/#t4',
      '/briefings/june/exchange/x1/#t1',
    ]);
  });

  it('needs every word in one turn and a phrase as a phrase', async () => {
    expect((await search('military Libya', 'oldest')).shown).toEqual([
      ['/briefings/may/exchange/x2/#t4', ['military', 'Libya']],
      ['/briefings/may/exchange/x2/#t5', ['military', 'Libya']],
    ]);
    // The June briefing says "Libya" in one turn and "fleet" in others: offered, then turned away.
    const apart = await search('Libya fleet');
    expect(apart.candidates).toBe(1);
    expect(apart.rejected).toBe(1);
    expect(apart.shown).toEqual([]);
    expect((await search('"the fleet"')).shown).toEqual([
      ['/briefings/june/exchange/x2/#t4', ['The fleet']],
    ]);
    expect((await search('"fleet the"')).shown).toEqual([]);
  });

  it('shows only the turns the language matches in the briefings the index offers', async () => {
    // Pagefind offers every word that begins with "mine"; "minefields" is not the word "mine".
    expect((await search('mine', 'oldest')).shown).toEqual([
      ['/briefings/may/exchange/x1/#t1', ['mine']],
      ['/briefings/june/exchange/x1/#t1', ['Mine']],
    ]);
  });

  it('finds a turn by its words only, never by its speaker or titles', async () => {
    const cursor = await archive.search({ query: readQuery('Vale'), filters: {}, sort: 'newest' });
    expect(cursor.candidates).toBe(0);
    expect((await cursor.facets()).speaker['tomas-vale']).toBe(0);
  });

  it('matches F35 and an accent-free name', async () => {
    expect((await search('F35', 'oldest')).shown).toEqual([
      ['/briefings/may/exchange/x1/#t2', ['F-35']],
      ['/briefings/june/exchange/x2/#t3', ['F35']],
    ]);
    expect((await search('Pelosi')).shown).toEqual([
      ['/briefings/may/exchange/x2/#t3', ['Pélosi']],
    ]);
  });

  it('narrows turns by facets and counts the briefings each value would leave', async () => {
    const cursor = await archive.search({
      query: readQuery('Libya'),
      filters: { speaker: ['lina-okafor', 'nora-pélosi'] },
      sort: 'newest',
    });
    expect((await cursor.next(10)).results.map((result) => result.url)).toEqual([
      '/briefings/may/exchange/x2/#t4',
      '/briefings/may/exchange/x2/#t5',
    ]);
    expect((await cursor.facets()).year).toEqual({ '2021': 1, '2022': 0 });
    expect((await search('Libya', 'newest', { year: ['2022'] })).shown).toEqual([
      ['/briefings/june/exchange/x1/#t1', ['Libya']],
    ]);
  });

  it('lists every facet value of the archive with its number of briefings', async () => {
    // May has Okafor, Pélosi, Vale and staff; June has Vale, Brandt and staff.
    expect(await archive.facets()).toEqual({
      speaker: { 'ivo-brandt': 1, 'lina-okafor': 1, 'nora-pélosi': 1, staff: 2, 'tomas-vale': 2 },
      topic: { '5g': 1, 'defence-industry': 1, landmines: 2, libya: 2 },
      year: { '2021': 1, '2022': 1 },
      publisher: { 'Department of Example': 1, 'Ministry of Example': 1 },
    });
  });

  it('gives each result the details its turn was indexed with', async () => {
    const { results } = await (
      await archive.search({ query: readQuery('Pelosi'), filters: {}, sort: 'newest' })
    ).next(1);
    expect(results[0]?.meta).toEqual({
      speaker: 'Staff',
      briefing: 'Joint Press Briefing',
      date: '2021-05-04',
      exchange: 'Question 1 · Nora Pélosi, Delta Courier · Libya, Landmines',
    });
    expect(results[0]?.filters.publisher).toEqual(['Ministry of Example']);
    expect(results[0]?.local).toBe(false);
  });
});

describe('sealDetails', () => {
  it('writes details with punctuation alone and reads them back', () => {
    const details = { speaker: 'Nora Pélosi', turns: [1, 2] };
    const sealed = sealDetails(details);
    expect(sealed).toMatch(/^[!$%&'()+,\-./:;<=]+$/);
    expect(openDetails(sealed)).toEqual(details);
    expect(openDetails('not sealed')).toBeUndefined();
  });
});
