import { useStatusStore } from '../../state/status';
import { copyText } from './copy-text';

/** What a copy of a link or citation of a document saved in this browser says about its link. */
export const localCopyNote =
  'It opens only in this browser, where the document is saved: to share the document, download it below the briefing.';

/**
 * Returns a function that copies text and says so in the status region ("Link copied"), or offers
 * it for copying by hand when the browser refuses. `local` adds that the link works here alone.
 */
export function useCopy(): (text: string, what: string, local?: boolean) => Promise<boolean> {
  const announce = useStatusStore((state) => state.announce);
  return async (text, what, local = false) => {
    const copied = await copyText(text);
    if (copied) announce(local ? `${what} copied. ${localCopyNote}` : `${what} copied`);
    else announce(`${what} could not be copied automatically; select it below and copy it.`, text);
    return copied;
  };
}
