import { defaultTopics } from '../content/topics';
import {
  facetLabelsFile,
  labelFacetValues,
  readFacetLabels,
  spellTopicSlug,
  type FacetLabels,
} from '../domain/search/archive-records';
import type { SearchRecord } from '../domain/search/records';
import { createArchiveSearch, type ArchiveSearch } from '../features/search/archive-search';
import type { SavedIndex, SearchClient } from '../features/search/search-data';
import { countFacets } from '../domain/search/results';
import { getLibrary } from '../storage/db';
import { createLocalSearch, type LocalSearch } from '../workers/local-search-client';
import { listSavedTranscripts, readSavedBriefing } from './saved-briefings';

// The search page's client on the site: the archive's Pagefind index, served with the site, and a
// worker holding the index of the briefings saved in this browser. One client serves a tab: the
// engine and the indexes are loaded once and kept.

/** Turns read before the first results are shown. */
const firstStep = 20;

const topicNames = new Map<string, string>(defaultTopics.map((topic) => [topic.id, topic.label]));

async function listSavedRecords(
  signal: AbortSignal,
): Promise<{ key: string; load: () => Promise<SavedIndex & { records: SearchRecord[] }> }> {
  const briefings = await listSavedTranscripts(getLibrary());
  signal.throwIfAborted();
  const key = briefings.map((document) => `${document.id}@${document.savedAt}`).join(' ');
  return {
    key,
    load: async () => {
      const records: SearchRecord[] = [];
      const names = new Map<string, string>();
      for (const saved of briefings) {
        const briefing = await readSavedBriefing(saved, getLibrary());
        if (briefing === undefined) continue;
        for (const [slug, name] of briefing.names) names.set(slug, name);
        records.push(...briefing.records);
      }
      const labels = labelFacetValues(records, {
        speaker: (value) => names.get(value),
        topic: (value) => topicNames.get(value) ?? spellTopicSlug(value),
      });
      return { briefings: briefings.length, labels, records };
    },
  };
}

/** The search client of this site. */
export function createSiteSearchClient(): SearchClient {
  const bundlePath = `${import.meta.env.BASE_URL}pagefind/`;
  let archive: ArchiveSearch | undefined;
  let labels: Promise<FacetLabels | undefined> | undefined;
  let local: LocalSearch | undefined;
  let saved: { key: string; index: Promise<SavedIndex> } | undefined;
  const archiveSearch = (): ArchiveSearch => (archive ??= createArchiveSearch({ bundlePath }));
  return {
    archiveLabels(signal) {
      labels ??= fetch(`${bundlePath}${facetLabelsFile}`, { signal })
        // A site without an index answers with its not-found page, or the app's own page.
        .then(async (response) =>
          response.ok ? readFacetLabels(await response.text()) : undefined,
        )
        .catch((error: unknown) => {
          labels = undefined;
          throw error;
        });
      return labels;
    },
    async savedIndex(signal) {
      const listed = await listSavedRecords(signal);
      if (saved?.key !== listed.key) {
        const index = listed.load().then(async ({ records, ...rest }) => {
          local ??= createLocalSearch();
          await local.index(records);
          return rest;
        });
        saved = { key: listed.key, index };
        index.catch(() => {
          saved = undefined;
        });
      }
      return saved.index;
    },
    async searchArchive(request, signal) {
      const cursor = await archiveSearch().search(request, signal);
      const first = await cursor.next(firstStep, signal);
      const more = async (count: number, moreSignal?: AbortSignal) => {
        const step = await cursor.next(count, moreSignal);
        return { results: step.results, done: step.done };
      };
      if (first.done) {
        return {
          results: first.results,
          done: true,
          candidates: cursor.candidates,
          facets: countFacets(first.results),
          unit: 'turns',
        };
      }
      return {
        results: first.results,
        done: false,
        candidates: cursor.candidates,
        facets: await cursor.facets(),
        unit: 'briefings',
        more,
      };
    },
    async searchSaved(request, signal) {
      local ??= createLocalSearch();
      return local.search(request, signal);
    },
  };
}
