import type { SearchRecordMeta } from './records';

// Pagefind searches the words of a record's metadata as well as its text, so a turn would be found
// by its speaker's name or its briefing's title, and counted in the facets, though the turn never
// says those words. What a result shows is therefore stored in one metadata field written only with
// punctuation, which Pagefind does not index: each byte of the JSON as two characters of `digits`.
// Only a turn's own words (and its compounds, see compounds.ts) find it.

/** Sixteen punctuation marks that Pagefind neither indexes nor reads as emoji, one per hex digit. */
const digits = "!$%&'()+,-./:;<=";

/** Writes a result's details in a form no query can match. */
export function sealMeta(meta: SearchRecordMeta): string {
  const bytes = new TextEncoder().encode(JSON.stringify(meta));
  let sealed = '';
  for (const byte of bytes) sealed += digits.charAt(byte >> 4) + digits.charAt(byte & 15);
  return sealed;
}

const isMeta = (value: unknown): value is SearchRecordMeta => {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['speaker', 'briefing', 'exchange'].every((name) => typeof fields[name] === 'string');
};

/** Reads details written by `sealMeta`; undefined when the text is not such details. */
export function openMeta(sealed: string): SearchRecordMeta | undefined {
  if (sealed.length % 2 !== 0) return undefined;
  const bytes = new Uint8Array(sealed.length / 2);
  for (let at = 0; at < bytes.length; at += 1) {
    const high = digits.indexOf(sealed.charAt(2 * at));
    const low = digits.indexOf(sealed.charAt(2 * at + 1));
    if (high < 0 || low < 0) return undefined;
    bytes[at] = (high << 4) | low;
  }
  try {
    const meta: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return isMeta(meta) ? meta : undefined;
  } catch {
    return undefined;
  }
}
