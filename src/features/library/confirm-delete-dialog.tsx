import { useEffect, useRef } from 'react';

interface ConfirmDeleteDialogProps {
  readonly title: string;
  readonly pairedCount: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before deleting: a modal that opens on Cancel, so Enter alone never deletes anything. */
export function ConfirmDeleteDialog({
  title,
  pairedCount,
  onConfirm,
  onCancel,
}: ConfirmDeleteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const latestCancel = useRef(onCancel);
  useEffect(() => {
    latestCancel.current = onCancel;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Where modal dialogs are missing (older browsers, jsdom) it still shows and Escape still closes.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      latestCancel.current();
    };
    if (typeof element.showModal === 'function') element.showModal();
    else {
      element.setAttribute('open', '');
      element.addEventListener('keydown', onKeyDown);
    }
    cancel.current?.focus();
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      if (element.open && typeof element.close === 'function') element.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-delete-title"
      aria-describedby="confirm-delete-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-delete-title">Delete “{title}”?</h2>
      <p id="confirm-delete-text">
        The document is removed from this browser; links to it will no longer open here.
        {pairedCount > 0
          ? ` ${pairedCount === 1 ? 'One transcript is' : `${pairedCount} transcripts are`} shown beside it and will be unpaired.`
          : ''}
      </p>
      <p className="import-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Keep it
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          Delete
        </button>
      </p>
    </dialog>
  );
}
