// Pagefind searches the words of a record's metadata as well as its text, so a briefing would be
// found by a speaker's name or its title, and counted in the facets, though no turn says those
// words. What results show is therefore stored in one metadata field written only with
// punctuation, which Pagefind does not index: each byte of the JSON as two characters of `digits`.
// Only the turns' own words (and their compounds, see compounds.ts) find a briefing.

/** Sixteen punctuation marks that Pagefind neither indexes nor reads as emoji, one per hex digit. */
const digits = "!$%&'()+,-./:;<=";

/** Writes a value as JSON in a form no query can match. */
export function sealDetails(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let sealed = '';
  for (const byte of bytes) sealed += digits.charAt(byte >> 4) + digits.charAt(byte & 15);
  return sealed;
}

/** Reads a value written by `sealDetails`; undefined when the text is not such a value. */
export function openDetails(sealed: string): unknown {
  if (sealed.length % 2 !== 0) return undefined;
  const bytes = new Uint8Array(sealed.length / 2);
  for (let at = 0; at < bytes.length; at += 1) {
    const high = digits.indexOf(sealed.charAt(2 * at));
    const low = digits.indexOf(sealed.charAt(2 * at + 1));
    if (high < 0 || low < 0) return undefined;
    bytes[at] = (high << 4) | low;
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
