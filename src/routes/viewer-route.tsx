import { Link, useLoaderData } from 'react-router';
import type { ReadingDocuments } from '../domain/search/reading-view';
import { ExportMenu } from '../features/export/export-menu';
import { paths } from './paths';
import { seedViewerPaths } from './use-viewer-links';
import { Viewer } from './viewer';

/** The viewer of the documents Podium ships with, read from the route's loader. */
export function ViewerRoute() {
  const documents = useLoaderData<ReadingDocuments>();
  return (
    <Viewer
      documents={documents}
      viewerPaths={seedViewerPaths}
      footer={
        <div className="viewer-footer-actions">
          <ExportMenu title={documents.transcript.title} load={() => documents.transcript} />
          <Link to={paths.sample(10_000)}>Try a 10,000-turn transcript</Link>
        </div>
      }
    />
  );
}
