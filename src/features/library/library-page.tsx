import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getLibrary, type LibraryListing } from '../../storage/db';
import { toLibraryError } from '../../storage/errors';
import type { DocumentId, SavedDocument } from '../../storage/records';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { EditDetailsDialog } from './edit-details-dialog';
import { LibraryItem } from './library-item';
import { LibraryNotices } from './library-notices';
import './library.css';

export interface LibraryLinks {
  readonly import: string;
  readonly document: (id: DocumentId) => string;
}

interface LibraryPageProps {
  /** What this browser holds, as read when the page opened or after the last change. */
  readonly listing: LibraryListing;
  readonly links: LibraryLinks;
  /** Download controls for a saved document; the app passes the export menu in. */
  readonly renderExport?: (record: SavedDocument) => ReactNode;
  /** Called after each change (pairing, deleting), so that the listing is read again. */
  readonly onChanged: () => void;
}

/** The documents saved in this browser: open, pair, download, delete. */
export function LibraryPage({ listing, links, renderExport, onChanged }: LibraryPageProps) {
  const [pending, setPending] = useState<SavedDocument | undefined>(undefined);
  const [editing, setEditing] = useState<SavedDocument | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const act = async (action: () => Promise<unknown>): Promise<void> => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(toLibraryError(error).message);
    }
    onChanged();
  };

  const { documents } = listing;
  const stories = documents.filter((document) => document.kind === 'article');

  return (
    <main className="library-page">
      <h1>Library</h1>
      <p>Documents you imported are kept in this browser only.</p>
      {problem === undefined ? null : (
        <p className="import-message is-problem" role="alert">
          {problem}
        </p>
      )}
      <LibraryNotices listing={listing} />
      {documents.length === 0 ? (
        <p>
          Nothing is saved yet. <Link to={links.import}>Import a transcript or news story</Link>.
        </p>
      ) : null}
      {documents.length > 0 ? (
        <ul className="library-list" aria-label="Saved documents">
          {documents.map((record) => (
            <LibraryItem
              key={record.id}
              record={record}
              stories={stories}
              href={record.kind === 'transcript' ? links.document(record.id) : undefined}
              exportMenu={renderExport?.(record)}
              onPair={(storyId) => void act(() => getLibrary().pair(record.id, storyId))}
              onDelete={() => {
                setPending(record);
              }}
              onEdit={() => {
                setEditing(record);
              }}
            />
          ))}
        </ul>
      ) : null}
      {pending ? (
        <ConfirmDeleteDialog
          title={pending.title}
          pairedCount={documents.filter((record) => record.pairedStoryId === pending.id).length}
          onCancel={() => {
            setPending(undefined);
          }}
          onConfirm={() => {
            setPending(undefined);
            void act(() => getLibrary().remove(pending.id));
          }}
        />
      ) : null}
      {editing ? (
        <EditDetailsDialog
          record={editing}
          onCancel={() => {
            setEditing(undefined);
          }}
          onSave={(details) => {
            setEditing(undefined);
            void act(() => getLibrary().update(editing.id, details));
          }}
        />
      ) : null}
    </main>
  );
}
