import type { FacetLabels } from '../../domain/search/archive-records';
import type { LocalSearchAnswer } from '../../domain/search/local-index';
import { countFacets, facetNames, type FacetName } from '../../domain/search/results';
import {
  addFacetCounts,
  countFacetBriefings,
  mergeResults,
  planSearch,
  type SearchAddress,
} from '../../domain/search/search-plan';
import type { ArchiveAnswer, SearchClient, SearchPageData, SearchPart } from './search-data';

// One search of the page: the archive's static index and the briefings saved in this browser are
// searched side by side; either may be missing (a site built without an index, a browser that
// keeps no library) and the other still answers.

/** Said when the site has no search index, as on the development server. */
export const noIndexMessage =
  'Searching the archive needs the built site: this copy of Podium has no search index ' +
  '(npm run build writes it). Briefings saved in this browser are still searched.';

const emptyLabels: FacetLabels = { speaker: {}, topic: {}, year: {}, publisher: {} };

function mergeLabels(first: FacetLabels, second: FacetLabels): FacetLabels {
  const merged = {} as Record<FacetName, Record<string, string>>;
  for (const facet of facetNames) merged[facet] = { ...second[facet], ...first[facet] };
  return merged;
}

const isBlank = (address: SearchAddress): boolean =>
  address.q.trim() === '' && facetNames.every((facet) => address.facets[facet].length === 0);

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Runs `work`; a failure becomes a part that says why, unless the search was cancelled. */
async function attempt<T>(work: () => Promise<T>, signal: AbortSignal): Promise<SearchPart<T>> {
  try {
    return { status: 'ok', value: await work() };
  } catch (error) {
    if (signal.aborted) throw error;
    return { status: 'unavailable', message: messageOf(error) };
  }
}

const noAnswer: ArchiveAnswer = {
  results: [],
  done: true,
  candidates: 0,
  facets: countFacets([]),
  unit: 'turns',
};

const noSaved: LocalSearchAnswer = { results: [], facets: countFacets([]) };

/** Searches the archive and the saved briefings for what an address asks. */
export async function runSearch(
  client: SearchClient,
  address: SearchAddress,
  signal: AbortSignal,
): Promise<SearchPageData> {
  if (isBlank(address)) return { kind: 'blank', address };
  const [archiveLabels, savedIndex] = await Promise.all([
    attempt(() => client.archiveLabels(signal), signal),
    attempt(() => client.savedIndex(signal), signal),
  ]);
  const labels = mergeLabels(
    archiveLabels.status === 'ok' ? (archiveLabels.value ?? emptyLabels) : emptyLabels,
    savedIndex.status === 'ok' ? savedIndex.value.labels : emptyLabels,
  );
  const plan = planSearch(address, (facet, value) => labels[facet][value] !== undefined);
  const noIndex: SearchPart<ArchiveAnswer> = {
    status: 'unavailable',
    message: archiveLabels.status === 'ok' ? noIndexMessage : archiveLabels.message,
  };
  const hasIndex = archiveLabels.status === 'ok' && archiveLabels.value !== undefined;
  if (!plan.reading.ok) {
    return {
      kind: 'searched',
      address,
      plan,
      labels,
      archive: hasIndex ? { status: 'ok', value: noAnswer } : noIndex,
      saved:
        savedIndex.status === 'ok'
          ? { status: 'ok', value: { briefings: savedIndex.value.briefings, answer: noSaved } }
          : savedIndex,
      results: [],
      facets: noSaved.facets,
      unit: 'turns',
    };
  }
  const request = { query: plan.reading.query, filters: plan.filters, sort: plan.sort };
  const savedBriefings = savedIndex.status === 'ok' ? savedIndex.value.briefings : 0;
  const [archive, savedAnswer] = await Promise.all([
    hasIndex ? attempt(() => client.searchArchive(request, signal), signal) : noIndex,
    savedBriefings > 0
      ? attempt(() => client.searchSaved(request, signal), signal)
      : ({ status: 'ok', value: noSaved } as const),
  ]);
  const found = archive.status === 'ok' ? archive.value : noAnswer;
  const savedFound = savedAnswer.status === 'ok' ? savedAnswer.value : noSaved;
  // Counts are of one kind: turns when every offered briefing was read, else briefings.
  const unit = found.unit;
  const savedCounts =
    unit === 'turns' ? savedFound.facets : countFacetBriefings(savedFound.results);
  return {
    kind: 'searched',
    address,
    plan,
    labels,
    archive,
    saved:
      savedIndex.status !== 'ok'
        ? savedIndex
        : savedAnswer.status === 'ok'
          ? { status: 'ok', value: { briefings: savedBriefings, answer: savedFound } }
          : savedAnswer,
    results: mergeResults(found.results, savedFound.results, plan.sort),
    facets: addFacetCounts(found.facets, savedCounts),
    unit,
  };
}
