import { useMemo } from 'react';
import {
  data,
  Link,
  useLoaderData,
  useRouteError,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import type { ReadingDocuments } from '../domain/search/reading-view';
import { ExportMenu } from '../features/export/export-menu';
import { loadDocumentPair } from '../storage/pair';
import { getLibrary } from '../storage/db';
import { paths } from './paths';
import { changesReaderTopics, readLinkedReaderTopics } from './reader-topic-documents';
import { readErrorMessage } from './route-error';
import { MessagePage } from './site-page';
import { prefixViewerPaths } from './use-viewer-links';
import { Viewer } from './viewer';

/** A saved briefing and its paired story, read from this browser's library and parsed afresh. */
interface SavedDocumentData {
  readonly docId: string;
  readonly documents: ReadingDocuments;
}

/**
 * Loads a saved briefing and its paired story from this browser's library, tagged together with the
 * reader's own topics the address carries. One this browser does not hold, or cannot read, is a 404
 * whose message says why.
 */
export async function loadSavedDocument({
  params,
  request,
}: LoaderFunctionArgs): Promise<SavedDocumentData> {
  const docId = params.docId ?? '';
  const readerTopics = readLinkedReaderTopics(request.url);
  const pair = await loadDocumentPair(docId, getLibrary(), request.signal, readerTopics);
  if ('error' in pair) throw data(pair.message, { status: 404 });
  return {
    docId,
    documents: {
      transcript: pair.transcript,
      article: pair.article,
      topics: pair.topics,
      local: true,
    },
  };
}

// Filters and permalinks change only the URL's query and path below the document: the document is
// parsed again only when another one is opened, or the reader's own topics change.
export const revalidateSavedDocument: ShouldRevalidateFunction = ({
  currentParams,
  nextParams,
  currentUrl,
  nextUrl,
}) => currentParams.docId !== nextParams.docId || changesReaderTopics(currentUrl, nextUrl);

/** `/d/:docId`: a saved briefing in the full viewer. */
export function SavedDocumentRoute() {
  const { docId, documents } = useLoaderData<SavedDocumentData>();
  const viewerPaths = useMemo(
    () => prefixViewerPaths(paths.document(docId), new URLSearchParams()),
    [docId],
  );
  return (
    <Viewer
      key={docId}
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

/** A saved document this browser does not hold, or cannot open. */
export function SavedDocumentError() {
  const message = readErrorMessage(useRouteError()) ?? 'The document could not be opened.';
  return (
    <MessagePage title="Document not available">
      <p>{message}</p>
      <p>
        <Link to={paths.library()}>Open the library</Link> or{' '}
        <Link to={paths.import()}>import a document</Link>.
      </p>
    </MessagePage>
  );
}
