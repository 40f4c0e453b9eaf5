import { useEffect, useRef } from 'react';
import { shortcutList } from './shortcut-list';

interface ShortcutsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The help dialog: a modal that lists the shortcuts; Escape or the button closes it. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The latest onClose, so that a new callback on each render does not reopen the dialog.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    // Focus goes back where it was when the dialog closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Browsers without modal dialogs still show it, and Escape still closes it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close.current();
    };
    if (typeof element.showModal === 'function') element.showModal();
    else {
      element.setAttribute('open', '');
      element.addEventListener('keydown', onKeyDown);
    }
    element.querySelector<HTMLElement>('button')?.focus();
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      if (element.open && typeof element.close === 'function') element.close();
      element.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="help-title">Keyboard shortcuts</h2>
      <p>Shortcuts work whenever you are not typing in a field.</p>
      <dl className="shortcut-list">
        {shortcutList.map((shortcut) => (
          <div key={shortcut.action}>
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <p>
        Every exchange and turn has a permalink and buttons to copy its link or a citation. Links
        keep no filters, so a colleague sees the passage in the full briefing.
      </p>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
