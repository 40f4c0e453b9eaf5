import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageMessage } from './page-message';
import {
  describeSampleStage,
  findSampleDocuments,
  loadSampleDocuments,
  readSampleRequest,
  type SampleStage,
} from './sample-documents';
import { prefixViewerPaths } from './use-viewer-links';
import { Viewer } from './viewer-route';
import type { ViewerDocuments } from './viewer-documents';

type Loading =
  | { readonly state: 'loading'; readonly stage: SampleStage }
  | { readonly state: 'ready'; readonly documents: ViewerDocuments }
  | { readonly state: 'failed'; readonly message: string };

/**
 * `/sample/:turns?seed=`: a made-up briefing of that many turns, generated off the main thread, in
 * the full viewer beside the shipped story. It shows how the viewer holds up on a very long day.
 */
export function SampleRoute() {
  const { turns } = useParams();
  const [searchParams] = useSearchParams();
  const request = readSampleRequest(turns, searchParams.get('seed'));
  if (!request.ok) {
    return (
      <PageMessage title="No such sample">
        <p>{request.message}</p>
        <p>
          <Link to="/sample/10000">Try a 10,000-turn transcript</Link>
        </p>
      </PageMessage>
    );
  }
  // A new count or seed is a new document: start afresh rather than show the old one meanwhile.
  return (
    <SampleViewer
      key={`${request.turns}:${request.seed}`}
      turns={request.turns}
      seed={request.seed}
    />
  );
}

interface SampleViewerProps {
  readonly turns: number;
  readonly seed: number;
}

function SampleViewer({ turns, seed }: SampleViewerProps) {
  const [loading, setLoading] = useState<Loading>(() => {
    const known = findSampleDocuments({ turns, seed });
    return known === undefined
      ? { state: 'loading', stage: 'starting' }
      : { state: 'ready', documents: known };
  });
  const ready = loading.state === 'ready';
  const [searchParams] = useSearchParams();
  const seedParam = searchParams.get('seed');
  const viewerPaths = useMemo(
    () =>
      prefixViewerPaths(
        `/sample/${turns}`,
        new URLSearchParams(seedParam === null ? {} : { seed: seedParam }),
      ),
    [turns, seedParam],
  );

  // The generator runs outside React: a worker is the world outside, so an effect talks to it.
  useEffect(() => {
    if (ready) return;
    const controller = new AbortController();
    loadSampleDocuments(
      { turns, seed },
      (stage) => {
        setLoading({ state: 'loading', stage });
      },
      controller.signal,
    ).then(
      (documents) => {
        setLoading({ state: 'ready', documents });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoading({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => {
      controller.abort();
    };
  }, [turns, seed, ready]);

  if (loading.state === 'failed') {
    return (
      <PageMessage title="The sample could not be made">
        <p>{loading.message}</p>
      </PageMessage>
    );
  }
  if (loading.state === 'loading') {
    const message = describeSampleStage(loading.stage, turns);
    return (
      <main className="page-message">
        <title>{`${message} — Podium`}</title>
        <h1>A sample briefing</h1>
        <p role="status">{message}</p>
        <progress aria-label={message} />
      </main>
    );
  }
  return (
    <Viewer
      documents={loading.documents}
      viewerPaths={viewerPaths}
      footer={
        <p>
          A made-up briefing of {turns.toLocaleString('en-US')} turns (seed {seed}).{' '}
          <Link to="/">Read the shipped briefing</Link>
        </p>
      }
    />
  );
}
