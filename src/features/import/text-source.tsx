import { useId, useState, type DragEvent } from 'react';
import { MAX_INPUT_LABEL } from '../../domain/document/input-check';

interface TextSourceProps {
  readonly onText: (text: string) => void;
  readonly onFile: (file: File) => void;
  readonly busy: boolean;
}

/** The two ways in: paste text, or choose or drop a plain-text file. */
export function TextSource({ onText, onFile, busy }: TextSourceProps) {
  const [draft, setDraft] = useState('');
  const [dragging, setDragging] = useState(false);
  const pasteId = useId();
  const fileId = useId();
  const hintId = useId();

  const takeFiles = (files: FileList | null): void => {
    const file = files?.[0];
    if (file !== undefined) onFile(file);
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    takeFiles(event.dataTransfer.files);
  };

  return (
    <div className="import-sources">
      <form
        className="import-source"
        onSubmit={(event) => {
          event.preventDefault();
          onText(draft);
        }}
      >
        <label htmlFor={pasteId}>Paste a transcript or news story</label>
        <textarea
          id={pasteId}
          rows={10}
          value={draft}
          spellCheck={false}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          Preview
        </button>
      </form>
      {/* Dropping a file is a pointer-only shortcut; the file input inside is the keyboard path. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className="import-source drop-zone"
        data-dragging={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label htmlFor={fileId}>Choose a text file</label>
        <input
          id={fileId}
          type="file"
          accept=".txt,text/plain"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(event) => {
            takeFiles(event.target.files);
            // Choosing the same file again after editing it should read it again.
            event.target.value = '';
          }}
        />
        <p id={hintId} className="hint">
          …or drop it here. Plain text (.txt, UTF-8), up to {MAX_INPUT_LABEL}.
        </p>
      </div>
    </div>
  );
}
