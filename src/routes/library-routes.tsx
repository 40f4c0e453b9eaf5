import { ExportMenu } from '../features/export/export-menu';
import { ImportPage } from '../features/import/import-page';
import { LibraryPage } from '../features/library/library-page';
import { parseInWorker } from '../workers/parse-client';
import { paths } from './paths';

// The pages that read and write this browser's library. They load on their own, after the viewer:
// a reader of a shared permalink never downloads them.

const savedDocumentLinks = {
  home: paths.home(),
  import: paths.import(),
  library: paths.library(),
  document: paths.document,
};

/** `/import`: paste, choose or drop a transcript or story and save it to the library. */
export function ImportRoute() {
  return <ImportPage links={savedDocumentLinks} />;
}

/** `/library`: the saved documents, each with its downloads. */
export function LibraryRoute() {
  return (
    <LibraryPage
      links={savedDocumentLinks}
      renderExport={(record) => (
        <ExportMenu title={record.title} load={() => parseInWorker(record.text, record.kind)} />
      )}
    />
  );
}
