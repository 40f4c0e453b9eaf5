import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  citationFormatLabels,
  citationFormats,
  type CitationFormat,
} from '../../domain/cite/formats';
import { shortenToWords } from '../../domain/cite/quote-passage';
import { localLinkNote } from '../../domain/cite/format-text';
import type { QuoteSource } from './quote-types';
import { useCopy } from './use-copy';
import { useQuoteSelection } from './use-quote-selection';
import './quote.css';

// Wide enough for its buttons; kept inside the window on a phone.
const popoverWidth = 320;
const margin = 8;

/**
 * The quote action: beside words selected in one turn or story paragraph (with the mouse, or `s`
 * from the keyboard) it offers their quote link and their citation in every format.
 */
export function QuotePopover({ source }: { readonly source: QuoteSource }) {
  const popover = useRef<HTMLElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const { offer, close } = useQuoteSelection(source, popover);
  const [formatsOpen, setFormatsOpen] = useState(false);
  const copy = useCopy();
  const titleId = useId();
  const formatsId = useId();

  useEffect(() => {
    if (offer?.fromKeyboard === true) firstButton.current?.focus();
  }, [offer]);

  if (offer === undefined) return null;
  const { share } = offer;
  const left = Math.max(
    margin,
    Math.min(offer.left, window.scrollX + document.documentElement.clientWidth - popoverWidth),
  );
  const copyCitation = (format: CitationFormat) => {
    void copy(share.getCitation(format), 'Citation', share.local);
  };

  return createPortal(
    // Keeping the selection on a press adds no interaction: the buttons inside take the input.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      ref={popover}
      className="quote-popover"
      aria-labelledby={titleId}
      style={{ top: offer.top + margin, left, maxWidth: popoverWidth }}
      // A press on the action keeps the selection it acts on.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
    >
      <p id={titleId} className="quote-popover-title">
        Quote {share.speaker}: <q>{shortenToWords(share.words, 80)}</q>
      </p>
      <div className="quote-popover-actions">
        <button
          ref={firstButton}
          type="button"
          className="button"
          onClick={() => {
            void copy(share.getLink(), 'Quote link', share.local);
          }}
        >
          Copy quote link
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            copyCitation('text');
          }}
        >
          Copy citation
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={formatsOpen}
          aria-controls={formatsId}
          onClick={() => {
            setFormatsOpen(!formatsOpen);
          }}
        >
          Formats
        </button>
      </div>
      <ul id={formatsId} className="quote-formats" hidden={!formatsOpen}>
        {citationFormats.map((format) => (
          <li key={format}>
            <button
              type="button"
              className="link-button"
              aria-label={`Copy citation as ${citationFormatLabels[format]}`}
              onClick={() => {
                copyCitation(format);
              }}
            >
              {citationFormatLabels[format]}
            </button>
          </li>
        ))}
      </ul>
      {share.local ? (
        <p className="quote-popover-note">
          {localLinkNote}{' '}
          {source.offerExport === undefined ? null : (
            <button type="button" className="link-button" onClick={source.offerExport}>
              Download the document to share it
            </button>
          )}
        </p>
      ) : null}
      <p className="quote-popover-hint">
        <kbd>s</kbd> next sentence · <kbd>Shift</kbd>+<kbd>S</kbd> one more ·{' '}
        <button type="button" className="link-button" onClick={close}>
          Close
        </button>
      </p>
    </section>,
    document.body,
  );
}
