import { useCallback, useId, useRef, useState, type SubmitEvent } from 'react';
import { createReaderTopic } from '../../domain/topics/reader-topics';
import type { Topic } from '../../domain/types';

interface ReaderTopicFormProps {
  /** The topic being edited; none when a new one is added. */
  readonly editing?: Topic | undefined;
  /** Takes the topic made from the form, or says why it cannot be taken (shown in the form). */
  readonly onSave: (topic: Topic) => string | undefined;
  readonly onCancel: () => void;
}

// Words are separated by commas: a word can hold spaces ("burden sharing") but never a comma.
const splitWords = (text: string): string[] => text.split(',');

/** The name of a reader's topic and the words that mean it, checked before it is taken. */
export function ReaderTopicForm({ editing, onSave, onCancel }: ReaderTopicFormProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const nameField = useRef<HTMLInputElement | null>(null);
  // The form opens on a reader's request, to be filled in at once: its first field takes focus.
  const takeNameField = useCallback((node: HTMLInputElement | null) => {
    nameField.current = node;
    node?.focus();
  }, []);
  const title = editing === undefined ? 'Add a topic' : `Edit the topic ${editing.label}`;
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = data.get('name');
    const words = data.get('words');
    const made = createReaderTopic(
      typeof name === 'string' ? name : '',
      splitWords(typeof words === 'string' ? words : ''),
    );
    const refused = made.ok ? onSave(made.topic) : made.message;
    setProblem(refused);
    if (refused !== undefined) nameField.current?.focus();
  };
  const wordsAreName = editing?.patterns.length === 1 && editing.patterns[0] === editing.label;
  return (
    <form className="reader-topic-form" aria-label={title} onSubmit={onSubmit} noValidate>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        ref={takeNameField}
        id={`${id}-name`}
        name="name"
        type="text"
        autoComplete="off"
        defaultValue={editing?.label ?? ''}
        aria-invalid={problem === undefined ? undefined : true}
        aria-describedby={problem === undefined ? undefined : `${id}-problem`}
      />
      <label htmlFor={`${id}-words`}>Words that mean it</label>
      <input
        id={`${id}-words`}
        name="words"
        type="text"
        autoComplete="off"
        defaultValue={editing === undefined || wordsAreName ? '' : editing.patterns.join(', ')}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="reader-topic-hint">
        Separate words with commas, as in “Ruritania, Ruritanian”. Left empty, the name alone is
        looked for.
      </p>
      {problem === undefined ? null : (
        <p id={`${id}-problem`} className="reader-topic-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="reader-topic-actions">
        <button type="submit" className="button">
          {editing === undefined ? 'Add topic' : 'Save topic'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
