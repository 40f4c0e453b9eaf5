import { useCallback, useRef, useState } from 'react';
import type { Filters } from '../../domain/search/filters';
import { putReaderTopic, removeReaderTopic } from '../../domain/topics/reader-topics';
import type { Topic, TopicId } from '../../domain/types';
import { ReaderTopicForm } from './reader-topic-form';

interface ReaderTopicsProps {
  /** The filters as shown: their reader topics are listed, and every change starts from them. */
  readonly filters: Filters;
  /** Puts the changed filters in the address, as a new history entry. */
  readonly onChange: (next: Filters) => void;
}

/** What the form is open for: a new topic, or the one with that id. */
type Editing = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly topic: Topic };

/**
 * The reader's own topics: each with its words, to edit or remove, and a form to add one. They
 * live in the address with the filters, so a link carries them.
 */
export function ReaderTopics({ filters, onChange }: ReaderTopicsProps) {
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  // When the form closes, or a topic goes, the reader's place is kept on the "Add a topic" button:
  // at once when it is on show, else as soon as it comes back in the form's place.
  const addButton = useRef<HTMLButtonElement | null>(null);
  const focusWhenBack = useRef(false);
  const takeAddButton = useCallback((node: HTMLButtonElement | null) => {
    addButton.current = node;
    if (node !== null && focusWhenBack.current) {
      focusWhenBack.current = false;
      node.focus();
    }
  }, []);
  const topics = filters.readerTopics ?? [];
  const close = () => {
    if (addButton.current === null) {
      focusWhenBack.current = true;
      setEditing(undefined);
    } else {
      addButton.current.focus();
    }
  };
  const save = (topic: Topic): string | undefined => {
    const replacing: TopicId | undefined = editing?.kind === 'edit' ? editing.topic.id : undefined;
    const changed = putReaderTopic(filters, topic, replacing);
    if (!changed.ok) return changed.message;
    onChange(changed.filters);
    close();
    return undefined;
  };
  return (
    <section className="filter-group reader-topics" aria-labelledby="reader-topics-title">
      <h3 id="reader-topics-title">Your topics</h3>
      {topics.length > 0 ? (
        <ul className="reader-topic-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <span className="option-name">{topic.label}</span>{' '}
              <span className="reader-topic-words">{topic.patterns.join(', ')}</span>
              <span className="reader-topic-buttons">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Edit ${topic.label}`}
                  onClick={() => {
                    setEditing({ kind: 'edit', topic });
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${topic.label}`}
                  onClick={() => {
                    onChange(removeReaderTopic(filters, topic.id));
                    close();
                  }}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="reader-topic-hint">
          Name a subject and the words that mean it: it is marked like any topic, and a link to this
          view carries it.
        </p>
      )}
      {editing === undefined ? (
        <button
          ref={takeAddButton}
          type="button"
          className="button"
          onClick={() => {
            setEditing({ kind: 'new' });
          }}
        >
          Add a topic
        </button>
      ) : (
        <ReaderTopicForm
          key={editing.kind === 'edit' ? editing.topic.id : 'new'}
          editing={editing.kind === 'edit' ? editing.topic : undefined}
          onSave={save}
          onCancel={close}
        />
      )}
    </section>
  );
}
