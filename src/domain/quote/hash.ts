import type { QuoteAnchor } from './anchor';

// The fragment of a permalink names a turn (`#t7`) or story paragraph (`#p3`), and may name words in
// it: `#t7:q=120-188~k3f9` — the block, `q=` the start and end of the words in the block's text, and
// `~` their check. A plain `#t7` keeps meaning the whole turn, so every link already shared still
// opens where it did.

/** What a permalink's fragment names. */
export type PassageHash =
  | { readonly kind: 'none' }
  | { readonly kind: 'block'; readonly blockId: string }
  | { readonly kind: 'quote'; readonly anchor: QuoteAnchor }
  /** A quote that cannot be read; `blockId` is the turn or paragraph, when that much was readable. */
  | { readonly kind: 'invalid'; readonly blockId?: string; readonly message: string };

const quotePattern = /^q=(\d{1,9})-(\d{1,9})~([0-9a-z]{4})$/u;

/** The fragment of a quote link: `#t7:q=120-188~k3f9`. */
export function writeQuoteHash(anchor: QuoteAnchor): string {
  return `#${encodeURIComponent(anchor.blockId)}:q=${String(anchor.start)}-${String(anchor.end)}~${anchor.check}`;
}

function decodeFragment(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Reads a location hash (`#t7`, `#t7:q=120-188~k3f9`); never throws, a bad quote says why. */
export function readPassageHash(hash: string): PassageHash {
  // A text fragment (`:~:text=`) is the browser's, not Podium's.
  const [own = ''] = hash.replace(/^#/u, '').split(':~:');
  const decoded = decodeFragment(own);
  if (decoded === undefined) {
    return { kind: 'invalid', message: 'The part of this link after “#” is garbled.' };
  }
  if (decoded.length === 0) return { kind: 'none' };
  // Decoded first, so a link whose ':' or '~' an app percent-encoded still reads. The last ':q'
  // starts the quote; without one the whole fragment is the id, as it always was.
  const parts = /^(.*):q(?:=(.*))?$/su.exec(decoded);
  if (parts === null) return { kind: 'block', blockId: decoded };
  const blockId = parts[1] ?? '';
  const quote = quotePattern.exec(`q=${parts[2] ?? ''}`);
  const start = Number(quote?.[1]);
  const end = Number(quote?.[2]);
  const check = quote?.[3];
  if (blockId.length === 0) {
    return { kind: 'invalid', message: 'This quote link does not say which passage it quotes.' };
  }
  if (check === undefined || !(start < end)) {
    return {
      kind: 'invalid',
      blockId,
      message: 'The quote in this link cannot be read, so the whole passage is shown instead.',
    };
  }
  return { kind: 'quote', anchor: { blockId, start, end, check } };
}
