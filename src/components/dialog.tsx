import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  /** Whether the dialog shows; it may stay mounted while closed. */
  readonly open?: boolean;
  readonly title: ReactNode;
  /** A sentence that says what the dialog is about, read out with its title. */
  readonly description?: ReactNode;
  /** Escape, the browser's own cancel, or a button inside: the dialog asks its owner to close it. */
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal dialog: its first button takes the focus when it opens (put the safe choice first), the
 * page behind it is inert, Escape closes it, and the focus goes back to what had it before.
 */
export function Dialog({ open = true, title, description, onClose, children }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = useEffectEvent(() => {
    onClose();
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    // Focus goes back where it was when the dialog closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Where modal dialogs are missing (older browsers, jsdom) it still shows and Escape still closes.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    if (typeof element.showModal === 'function') element.showModal();
    else {
      element.setAttribute('open', '');
      element.addEventListener('keydown', onKeyDown);
    }
    element.querySelector('button')?.focus();
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
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {description === undefined ? null : <p id={descriptionId}>{description}</p>}
      {children}
    </dialog>
  );
}
