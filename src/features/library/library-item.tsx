import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatLongDate } from '../../domain/cite/dates';
import type { DocumentId, SavedDocument } from '../../storage/records';

interface LibraryItemProps {
  readonly record: SavedDocument;
  readonly stories: readonly SavedDocument[];
  readonly href: string | undefined;
  readonly exportMenu: ReactNode;
  readonly onPair: (storyId: DocumentId | undefined) => void;
  readonly onDelete: () => void;
  readonly onEdit: () => void;
}

const kindNames = { transcript: 'Briefing transcript', article: 'News story' } as const;

const describeSource = (record: SavedDocument): string => {
  const { publisher, date } = record.source ?? {};
  const parts = [publisher, date === undefined ? undefined : formatLongDate(date)];
  return parts.filter((part) => part !== undefined && part !== '').join(', ');
};

const formatDate = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One saved document: what it is, when it was saved, its story, and what can be done with it. */
export function LibraryItem({
  record,
  stories,
  href,
  exportMenu,
  onPair,
  onDelete,
  onEdit,
}: LibraryItemProps) {
  const pairId = useId();
  const paired = stories.find((story) => story.id === record.pairedStoryId);
  return (
    <li className="library-item">
      <h2>{href === undefined ? record.title : <Link to={href}>{record.title}</Link>}</h2>
      <p className="hint">
        {kindNames[record.kind]} · saved{' '}
        <time dateTime={record.savedAt}>{formatDate(record.savedAt)}</time>
        {record.kind === 'transcript' ? (
          <> · {paired ? `shown beside “${paired.title}”` : 'no story paired'}</>
        ) : null}
      </p>
      <p className="hint">
        <span>
          {describeSource(record) === '' ? 'No publisher or date given' : describeSource(record)}
        </span>
        {record.source?.url === undefined ? null : (
          <>
            {' · '}
            <a href={record.source.url} rel="noreferrer">
              Original
            </a>
          </>
        )}
      </p>
      {record.kind === 'transcript' && stories.length > 0 ? (
        <p>
          <label htmlFor={pairId}>Story beside “{record.title}”</label>{' '}
          <select
            id={pairId}
            value={paired?.id ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onPair(value.length > 0 ? (value as DocumentId) : undefined);
            }}
          >
            <option value="">No story</option>
            {stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <div className="library-actions">
        {href === undefined ? null : (
          <Link className="button" to={href} aria-label={`Open “${record.title}”`}>
            Open
          </Link>
        )}
        {exportMenu}
        <button
          type="button"
          className="button"
          aria-label={`Edit the details of “${record.title}”`}
          onClick={onEdit}
        >
          Edit details
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Delete “${record.title}”`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
