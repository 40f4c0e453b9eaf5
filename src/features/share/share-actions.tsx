import { useStatusStore } from '../../state/status';
import { copyText } from './copy-text';

interface ShareActionsProps {
  /** What is shared, for screen readers: "Question 2 · …" or "turn t7 by Mark T. Esper". */
  readonly subject: string;
  /** Built on click, because an absolute link needs the page's address, which only the browser knows. */
  readonly getLink: () => string;
  readonly getCitation: () => string;
}

/** "Copy link" and "Copy citation" for one exchange or turn, announced in the status region. */
export function ShareActions({ subject, getLink, getCitation }: ShareActionsProps) {
  const announce = useStatusStore((state) => state.announce);

  const copy = async (text: string, what: 'Link' | 'Citation') => {
    const copied = await copyText(text);
    if (copied) announce(`${what} copied`);
    else announce(`${what} could not be copied automatically; select it below and copy it.`, text);
  };

  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Copy link to ${subject}`}
        onClick={() => {
          void copy(getLink(), 'Link');
        }}
      >
        Copy link
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Copy citation of ${subject}`}
        onClick={() => {
          void copy(getCitation(), 'Citation');
        }}
      >
        Copy citation
      </button>
    </>
  );
}
