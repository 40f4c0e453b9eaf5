import { useMemo } from 'react';
import {
  data,
  Link,
  useLoaderData,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import { defaultTopics } from '../content/topics';
import type { BriefingSlug, BriefingSummary } from '../domain/archive/types';
import type { ReadingDocuments } from '../domain/search/reading-view';
import { ExportMenu } from '../features/export/export-menu';
import { loadArchiveBriefing, loadArchiveStory } from './archive-data';
import { paths } from './paths';
import { changesReaderTopics, tagLinkedReaderTopics } from './reader-topic-documents';
import { loadSeeds } from './seed-loader';
import type { ViewerPaths } from './use-viewer-links';
import { Viewer } from './viewer';

/** An archive briefing, its paired story and what the archive says of them. */
interface ArchiveBriefingData {
  readonly summary: BriefingSummary;
  readonly documents: ReadingDocuments;
}

/**
 * Loads a briefing of the archive and the story paired with it. The shipped briefing reads the same
 * documents as `/`, so that both addresses show one page. An unknown slug is a 404 that says so.
 */
export async function loadArchiveBriefingPage({
  params,
  request,
}: LoaderFunctionArgs): Promise<ArchiveBriefingData> {
  const slug = params.slug ?? '';
  const { signal } = request;
  const briefing = await loadArchiveBriefing(slug, signal);
  if (briefing === undefined) {
    throw data(`The archive has no briefing at “${slug}”.`, { status: 404 });
  }
  const { summary } = briefing;
  if (summary.shipped === true) {
    return { summary, documents: await tagLinkedReaderTopics(await loadSeeds(), request) };
  }
  const story =
    summary.story === undefined ? undefined : await loadArchiveStory(summary.story.slug, signal);
  // Tagged again as a pair, as the shipped pair is: the subjects found in either document are
  // counted in both, and come with their labels.
  const { tagDocuments } = await import('../domain/topics/tag-documents');
  signal.throwIfAborted();
  const tagged = tagDocuments(briefing.document, story?.document, { curated: defaultTopics });
  return { summary, documents: await tagLinkedReaderTopics(tagged, request) };
}

// Filters and permalinks change only the address below the briefing: another slug is another page.
export const revalidateArchiveBriefing: ShouldRevalidateFunction = ({
  currentParams,
  nextParams,
  currentUrl,
  nextUrl,
}) => currentParams.slug !== nextParams.slug || changesReaderTopics(currentUrl, nextUrl);

/** The viewer's links under `/briefings/SLUG/`. */
export function composeBriefingPaths(slug: BriefingSlug): ViewerPaths {
  return {
    home: (filters) => paths.briefing(slug, filters === undefined ? {} : { filters }),
    exchange: (exchangeId, options = {}) => paths.briefing(slug, { ...options, exchangeId }),
  };
}

function StoryNote({ summary }: { readonly summary: BriefingSummary }) {
  const { story } = summary;
  if (story === undefined) return <p>No news story is paired with this briefing.</p>;
  if (!story.suggested) return null;
  return (
    <p className="archive-suggestion">
      <strong>Suggested pairing:</strong> the story “{story.title}” was paired with this briefing by
      Podium because they share topics and dates; the archive does not pair them itself.
    </p>
  );
}

/** `/briefings/SLUG/` and its exchanges: one briefing of the archive in the full viewer. */
export function ArchiveBriefingRoute() {
  const { summary, documents } = useLoaderData<ArchiveBriefingData>();
  const viewerPaths = useMemo(() => composeBriefingPaths(summary.slug), [summary.slug]);
  return (
    <Viewer
      key={summary.slug}
      documents={documents}
      viewerPaths={viewerPaths}
      footer={
        <div className="viewer-footer-actions">
          <StoryNote summary={summary} />
          <ExportMenu title={documents.transcript.title} load={() => documents.transcript} />
          <Link to={paths.briefings()}>All briefings</Link>
        </div>
      }
    />
  );
}
