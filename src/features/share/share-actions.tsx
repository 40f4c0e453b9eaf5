import { useCopy } from './use-copy';

interface ShareActionsProps {
  /** What is shared, for screen readers: "Question 2 · …" or "turn t7 by Dana Reyes". */
  readonly subject: string;
  /** Built on click, because an absolute link needs the page's address, which only the browser knows. */
  readonly getLink: () => string;
  readonly getCitation: () => string;
  /** The document is saved in this browser alone: a copy says its link opens nowhere else. */
  readonly local?: boolean;
}

/** "Copy link" and "Copy citation" for one exchange or turn, announced in the status region. */
export function ShareActions({ subject, getLink, getCitation, local = false }: ShareActionsProps) {
  const copy = useCopy();
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Copy link to ${subject}`}
        onClick={() => {
          void copy(getLink(), 'Link', local);
        }}
      >
        Copy link
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Copy citation of ${subject}`}
        onClick={() => {
          void copy(getCitation(), 'Citation', local);
        }}
      >
        Copy citation
      </button>
    </>
  );
}
