import { useMemo } from 'react';
import { Link, useLoaderData, useParams, type ShouldRevalidateFunction } from 'react-router';
import { defaultTopics } from '../content/topics';
import { ExportMenu } from '../features/export/export-menu';
import { loadDocumentPair, type DocumentPair } from '../storage/pair';
import { PageMessage } from './page-message';
import { paths } from './paths';
import { prefixViewerPaths } from './use-viewer-links';
import { Viewer } from './viewer-route';
import type { ViewerDocuments } from './viewer-documents';

/** Loads a saved briefing and its paired story from this browser's library. */
export function loadSavedDocument({
  params,
}: {
  params: { docId?: string };
}): Promise<DocumentPair> {
  return loadDocumentPair(params.docId ?? '');
}

// Filters and permalinks change only the URL's query and path below the document: the document is
// parsed again only when another one is opened.
export const revalidateSavedDocument: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.docId !== nextParams.docId;

/** `/d/:docId`: a saved briefing in the full viewer, or a plain message when it cannot be opened. */
export function SavedDocumentRoute() {
  const pair = useLoaderData<DocumentPair>();
  const { docId = '' } = useParams();
  const viewerPaths = useMemo(
    () => prefixViewerPaths(paths.document(docId), new URLSearchParams()),
    [docId],
  );
  const documents = useMemo<ViewerDocuments | undefined>(
    () =>
      'error' in pair
        ? undefined
        : {
            transcript: pair.transcript,
            article: pair.article,
            topics: defaultTopics,
            local: true,
          },
    [pair],
  );
  if (documents === undefined) {
    return (
      <PageMessage title="Document not available">
        <p>{'error' in pair ? pair.message : null}</p>
        <p>
          <Link to={paths.library()}>Open the library</Link> or{' '}
          <Link to={paths.import()}>import a document</Link>.
        </p>
      </PageMessage>
    );
  }
  return (
    <Viewer
      documents={documents}
      viewerPaths={viewerPaths}
      footer={
        <div className="viewer-footer-actions">
          <ExportMenu title={documents.transcript.title} load={() => documents.transcript} />
          <Link to={paths.library()}>Back to the library</Link>
        </div>
      }
    />
  );
}
