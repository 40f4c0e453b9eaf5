import { useId, useState } from 'react';
import { Link } from 'react-router';
import { checkDetails, DetailsFields, type DetailsDraft } from '../../components/details-fields';
import { getLibrary } from '../../storage/db';
import { toLibraryError } from '../../storage/errors';
import type { DocumentId, SavedDocument } from '../../storage/records';
import type { DocumentPreview } from '../../domain/document/preview';
import type { SavedStories } from '../../storage/stories';

export interface ImportLinks {
  readonly library: string;
  readonly document: (id: DocumentId) => string;
}

interface SaveFormProps {
  readonly preview: DocumentPreview;
  readonly text: string;
  readonly stories: SavedStories;
  readonly links: ImportLinks;
  readonly onSaved: () => void;
}

type SaveState =
  | { status: 'editing' }
  | { status: 'saving' }
  | { status: 'saved'; record: SavedDocument }
  | { status: 'failed'; message: string };

/** Names the document, pairs a transcript with a saved story, and saves the text in this browser. */
export function SaveForm({ preview, text, stories, links, onSaved }: SaveFormProps) {
  // The fields start from what the text tells; the reader corrects or completes them.
  const [draft, setDraft] = useState<DetailsDraft>({ title: preview.title, ...preview.source });
  const [storyId, setStoryId] = useState('');
  const [state, setState] = useState<SaveState>({ status: 'editing' });
  const storyFieldId = useId();

  const save = async (): Promise<void> => {
    if (checkDetails(draft) !== undefined) return;
    setState({ status: 'saving' });
    const title = draft.title.trim();
    try {
      const record = await getLibrary().save({
        kind: preview.kind,
        title: title.length > 0 ? title : 'Untitled document',
        text,
        source: { publisher: draft.publisher, date: draft.date, url: draft.url },
        ...(preview.kind === 'transcript' && storyId.length > 0
          ? { pairedStoryId: storyId as DocumentId }
          : {}),
      });
      setState({ status: 'saved', record });
      onSaved();
    } catch (error) {
      setState({ status: 'failed', message: toLibraryError(error).message });
    }
  };

  if (state.status === 'saved') {
    return (
      <div className="import-message" role="status">
        <p>Saved “{state.record.title}” in this browser.</p>
        <p className="import-actions">
          {state.record.kind === 'transcript' ? (
            <Link className="button" to={links.document(state.record.id)}>
              Read it now
            </Link>
          ) : null}
          <Link className="button" to={links.library}>
            Open the library
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form
      className="save-form"
      aria-label="Save"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>Save</h2>
      <p className="hint">
        Where the text comes from goes with every citation. Podium filled in what the text tells;
        check it and add what is missing.
      </p>
      <DetailsFields draft={draft} onChange={setDraft} />
      {preview.kind === 'transcript' && stories.status === 'ready' ? (
        <>
          <label htmlFor={storyFieldId}>Show beside a saved news story</label>
          <select
            id={storyFieldId}
            value={storyId}
            onChange={(event) => {
              setStoryId(event.target.value);
            }}
          >
            <option value="">No story</option>
            {stories.stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {stories.status === 'failed' || state.status === 'failed' ? (
        <p className="import-message is-problem" role="alert">
          {state.status === 'failed'
            ? state.message
            : stories.status === 'failed'
              ? stories.message
              : ''}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={state.status === 'saving'}>
        Save in this browser
      </button>
    </form>
  );
}
