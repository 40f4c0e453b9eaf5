import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import {
  readBlockOf,
  readBlockSelection,
  readSelectedText,
  selectBlockSpan,
  type BlockSelection,
} from '../../components/text-offsets';
import { useStatusStore } from '../../state/status';
import type { QuoteShare, QuoteSource } from './quote-types';

/** Selected words the quote action is offered for, and where on the page it stands. */
export interface QuoteOffer {
  readonly selection: BlockSelection;
  readonly share: QuoteShare;
  /** Page coordinates of the selection's lower left corner. */
  readonly top: number;
  readonly left: number;
  /** The words were selected from the keyboard: the action takes the focus. */
  readonly fromKeyboard: boolean;
}

// Keys typed into a field belong to the field.
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Follows the reader's selection: words selected inside one turn or story paragraph get the quote
 * action. `s` on a focused turn selects its next sentence (Shift+S adds one), Escape leaves the
 * action, and a copy of words inside one block is the document's text, without badges or labels.
 */
export function useQuoteSelection(
  source: QuoteSource,
  popover: RefObject<HTMLElement | null>,
): { readonly offer: QuoteOffer | undefined; readonly close: () => void } {
  const [offer, setOffer] = useState<QuoteOffer | undefined>(undefined);
  const fromKeyboard = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const announce = useStatusStore((state) => state.announce);
  const focusInPopover = () => popover.current?.contains(document.activeElement) === true;

  const follow = useEffectEvent(() => {
    const selection = window.getSelection();
    const read = readBlockSelection(selection);
    const share = read === undefined ? undefined : source.describe(read);
    if (read === undefined || share === undefined || selection === null) {
      // Leaving the selection for the action's own buttons keeps the action.
      if (!focusInPopover()) setOffer(undefined);
      return;
    }
    const range = selection.getRangeAt(0);
    // Some environments (tests' DOMs) cannot measure a range: the action then stands at the top.
    const rect =
      typeof range.getBoundingClientRect === 'function'
        ? range.getBoundingClientRect()
        : { bottom: 0, left: 0 };
    setOffer({
      selection: read,
      share,
      top: rect.bottom + window.scrollY,
      left: rect.left + window.scrollX,
      fromKeyboard: fromKeyboard.current,
    });
    fromKeyboard.current = false;
  });

  const close = () => {
    setOffer(undefined);
    window.getSelection()?.removeAllRanges();
    returnFocus.current?.focus();
    returnFocus.current = null;
  };

  const stepSentence = (event: KeyboardEvent) => {
    const inPopover = focusInPopover();
    const blockId = inPopover ? offer?.selection.blockId : readBlockOf(document.activeElement);
    if (blockId === undefined) return;
    // The page's selection is the truth: the action may not have caught up with the last step.
    const onPage = readBlockSelection(window.getSelection());
    const selected =
      onPage?.blockId === blockId ? onPage : inPopover ? offer?.selection : undefined;
    const current = selected?.blockId === blockId ? selected : undefined;
    const span = source.step(blockId, current, event.key === 'S' ? 'extend' : 'next');
    event.preventDefault();
    if (span === undefined) {
      announce('There is no further sentence in this passage');
      return;
    }
    if (!inPopover && document.activeElement instanceof HTMLElement) {
      returnFocus.current = document.activeElement;
    }
    fromKeyboard.current = true;
    selectBlockSpan(blockId, span);
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && offer !== undefined && focusInPopover()) {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 's' && event.key !== 'S') return;
    if (isTyping(event.target)) return;
    if (event.target instanceof Element && event.target.closest('dialog[open]') !== null) return;
    stepSentence(event);
  });

  const onCopy = useEffectEvent((event: ClipboardEvent) => {
    const text = readSelectedText(window.getSelection());
    if (text === undefined || event.clipboardData === null) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  });

  useEffect(() => {
    let frame: number | undefined;
    // A drag fires many changes a frame: the action follows once a frame.
    const onSelectionChange = () => {
      if (frame !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = undefined;
        follow();
      });
    };
    const keyListener = (event: KeyboardEvent) => {
      onKeyDown(event);
    };
    const copyListener = (event: ClipboardEvent) => {
      onCopy(event);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('keydown', keyListener);
    document.addEventListener('copy', copyListener);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('keydown', keyListener);
      document.removeEventListener('copy', copyListener);
    };
  }, []);

  return { offer, close };
}
