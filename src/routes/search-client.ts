import { defaultTopics } from '../content/topics';
import { readTextDate } from '../domain/archive/documents';
import { toAsciiSlug } from '../domain/archive/slugs';
import {
  facetLabelsFile,
  labelFacetValues,
  readFacetLabels,
  spellTopicSlug,
  type FacetLabels,
} from '../domain/search/archive-records';
import { listSearchRecords, type SearchRecord } from '../domain/search/records';
import type { Speaker } from '../domain/types';
import { createArchiveSearch, type ArchiveSearch } from '../features/search/archive-search';
import type { SavedIndex, SearchClient } from '../features/search/search-data';
import { countFacets } from '../domain/search/results';
import { getLibrary } from '../storage/db';
import { parseInWorker } from '../workers/parse-client';
import { createLocalSearch, type LocalSearch } from '../workers/local-search-client';
import { paths } from './paths';
import { prefixViewerPaths } from './use-viewer-links';

// The search page's client on the site: the archive's Pagefind index, served with the site, and a
// worker holding the index of the briefings saved in this browser. One client serves a tab: the
// engine and the indexes are loaded once and kept.

/** Turns read before the first results are shown. */
const firstStep = 20;

const topicNames = new Map<string, string>(defaultTopics.map((topic) => [topic.id, topic.label]));

// A saved briefing's people have no page; a named official or reporter is found under the slug
// the archive would give their name, so one facet value covers both.
const savedSpeakerSlug = (speaker: Speaker): string | undefined =>
  (speaker.kind === 'official' || speaker.kind === 'reporter') && !/^unnamed/iu.test(speaker.id)
    ? toAsciiSlug(speaker.name) || undefined
    : undefined;

async function listSavedRecords(
  signal: AbortSignal,
): Promise<{ key: string; load: () => Promise<SavedIndex & { records: SearchRecord[] }> }> {
  const listing = await getLibrary().list();
  signal.throwIfAborted();
  const briefings = listing.documents.filter((document) => document.kind === 'transcript');
  const key = briefings.map((document) => `${document.id}@${document.savedAt}`).join(' ');
  return {
    key,
    load: async () => {
      const records: SearchRecord[] = [];
      const names = new Map<string, string>();
      for (const saved of briefings) {
        const transcript = await parseInWorker(saved.text, 'transcript');
        if (transcript.kind !== 'transcript') continue;
        const links = prefixViewerPaths(paths.document(saved.id), new URLSearchParams());
        for (const speaker of transcript.speakers) {
          const slug = savedSpeakerSlug(speaker);
          if (slug !== undefined) names.set(slug, speaker.name);
        }
        records.push(
          ...listSearchRecords(
            {
              slug: saved.id,
              title: transcript.title,
              date: readTextDate(transcript),
              publisher: transcript.source?.publisher,
              transcript,
            },
            {
              permalink: (exchangeId, turnId) => links.exchange(exchangeId, { turnId }),
              speakerSlug: savedSpeakerSlug,
            },
          ),
        );
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
