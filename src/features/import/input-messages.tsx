import type { InputCheck } from '../../domain/document/input-check';
import type { DocumentKind } from '../../domain/document/detect-kind';

interface InputMessagesProps {
  readonly check: InputCheck;
  /** What the text was read as, once it has been. */
  readonly kind: DocumentKind | undefined;
  readonly onKeepAsStory: () => void;
}

/** Why the input cannot be read, or what the reader should know about it before saving. */
export function InputMessages({ check, kind, onKeepAsStory }: InputMessagesProps) {
  if (!check.ok) {
    return (
      <div className="import-message is-problem" role="alert">
        <p>{check.message}</p>
      </div>
    );
  }
  const noLabels = check.notes.some((note) => note.code === 'no-labels');
  const markup = check.notes.find((note) => note.code === 'markup');
  if (!markup && !noLabels) return null;
  return (
    <div className="import-message" role="status">
      {noLabels && kind === 'transcript' ? (
        <p>
          {check.notes.find((note) => note.code === 'no-labels')?.message}{' '}
          <button type="button" className="button" onClick={onKeepAsStory}>
            Keep it as a news story
          </button>
        </p>
      ) : null}
      {noLabels && kind === 'article' ? (
        <p>No speaker labels were found, so this is read as a news story.</p>
      ) : null}
      {markup ? <p>{markup.message}</p> : null}
    </div>
  );
}
