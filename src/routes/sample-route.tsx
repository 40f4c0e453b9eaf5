import { useMemo } from 'react';
import {
  data,
  isRouteErrorResponse,
  Link,
  useLoaderData,
  useRouteError,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import { readSampleRequest, type SampleRequest } from '../domain/generate/sample-request';
import type { ReadingDocuments } from '../domain/search/reading-view';
import { pluralize } from '../domain/words/pluralize';
import { generateInWorker } from '../workers/generate-client';
import { paths } from './paths';
import { changesReaderTopics, tagLinkedReaderTopics } from './reader-topic-documents';
import { readErrorMessage } from './route-error';
import { loadSeeds } from './seed-loader';
import { MessagePage } from './site-page';
import { prefixViewerPaths } from './use-viewer-links';
import { Viewer } from './viewer';

/** A sample made for the viewer, and the request it was made for. */
interface SampleData {
  readonly sample: SampleRequest;
  /** The seed as the address gave it (none for the default), for the sample's links to keep. */
  readonly seedParam: string | null;
  readonly documents: ReadingDocuments;
}

// The last sample is kept, so that going back to it from another page does not generate it again.
let lastSample: { readonly key: string; readonly documents: ReadingDocuments } | undefined;

const keyOf = (request: SampleRequest): string => `${request.turns}:${request.seed}`;

/**
 * Generates the sample an address asks for, off the main thread. It stands alone: the shipped
 * story is real and the sample is not, so they are not paired. A bad count or seed is a 404 whose
 * message says what is wrong with it.
 */
export async function loadSample({ params, request }: LoaderFunctionArgs): Promise<SampleData> {
  const seedParam = new URL(request.url).searchParams.get('seed');
  const check = readSampleRequest(params.turns, seedParam);
  if (!check.ok) throw data(check.message, { status: 404 });
  const sample = { turns: check.turns, seed: check.seed };
  if (lastSample?.key === keyOf(sample)) {
    const documents = await tagLinkedReaderTopics(lastSample.documents, request);
    return { sample, seedParam, documents };
  }
  // The curated topics come with the shipped documents; they load while the sample is made.
  const [transcript, seeds] = await Promise.all([
    generateInWorker(sample, request.signal),
    loadSeeds(),
  ]);
  request.signal.throwIfAborted();
  const documents = { transcript, article: undefined, topics: seeds.topics };
  lastSample = { key: keyOf(sample), documents };
  return { sample, seedParam, documents: await tagLinkedReaderTopics(documents, request) };
}

// Filters and permalinks change only the rest of the address: a new count or seed is a new sample,
// and the reader's own topics are tagged in it again.
export const revalidateSample: ShouldRevalidateFunction = (change) =>
  change.currentParams.turns !== change.nextParams.turns ||
  change.currentUrl.searchParams.get('seed') !== change.nextUrl.searchParams.get('seed') ||
  changesReaderTopics(change.currentUrl, change.nextUrl);

/**
 * `/sample/:turns?seed=`: a made-up briefing of that many turns in the full viewer beside the shipped
 * story. It shows how the viewer holds up on a very long day.
 */
export function SampleRoute() {
  const { sample, seedParam, documents } = useLoaderData<SampleData>();
  const viewerPaths = useMemo(
    () =>
      prefixViewerPaths(
        paths.sample(sample.turns),
        new URLSearchParams(seedParam === null ? {} : { seed: seedParam }),
      ),
    [sample.turns, seedParam],
  );
  return (
    <Viewer
      // A new count or seed is a new document: nothing of the last one's page state carries over.
      key={keyOf(sample)}
      documents={documents}
      viewerPaths={viewerPaths}
      kind="Generated sample: made-up speakers and words"
      footer={
        <p>
          A made-up briefing of {pluralize(sample.turns, 'turn')} (seed {sample.seed}).{' '}
          <Link to={paths.home()}>Read the shipped briefing</Link>
        </p>
      }
    />
  );
}

/** What a sample's address could not give: a count or seed it cannot make, or a failed run. */
export function SampleError() {
  const error = useRouteError();
  const message = readErrorMessage(error) ?? 'The generator gave no answer.';
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <MessagePage
        title="No such sample"
        actions={<Link to={paths.sample(10_000)}>Try a 10,000-turn transcript</Link>}
      >
        <p>{message}</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title="The sample could not be made">
      <p>{message}</p>
    </MessagePage>
  );
}
