import type { OfficialName } from './official-names';
import { readOfficialName } from './official-names';
import { keyOf } from './titles';

// Small words inside office titles ("Chairman of the Joint Chiefs"); "and" joins two people instead.
const titleSmallWords = new Set(['of', 'the', 'for', 'on', 'to', 'de', 'del', 'di', 'van', 'von']);
const maxPhraseWords = 14;
const separatorEnd = /[,;:|]$/;
const trailingPunctuation = /[,;:|]+$/;

/**
 * Finds how the title or a metadata line writes out a person the labels name only by surname:
 * in "Presenters: Secretary of Defense Dr. Paul R. Harlan; ..." the words before "Harlan" up to a
 * separator. Gives the reading only when it holds given names.
 */
export function findFullName(texts: readonly string[], surname: string): OfficialName | undefined {
  const wanted = keyOf(surname);
  for (const text of texts) {
    const tokens = text.split(/\s+/).filter((token) => token.length > 0);
    for (let at = 1; at < tokens.length; at++) {
      if (keyOf((tokens[at] ?? '').replace(trailingPunctuation, '')) !== wanted) continue;
      let from = at;
      while (from > 0 && at - from < maxPhraseWords) {
        const before = tokens[from - 1] ?? '';
        if (separatorEnd.test(before)) break;
        const capitalised = /^\p{Lu}/u.test(before);
        if (!capitalised && !titleSmallWords.has(before.toLowerCase())) break;
        from--;
      }
      while (from < at && titleSmallWords.has((tokens[from] ?? '').toLowerCase())) from++;
      const phrase = tokens
        .slice(from, at + 1)
        .map((token) => token.replace(trailingPunctuation, ''))
        .join(' ');
      const name = readOfficialName(phrase.toUpperCase());
      if (name.given.length > 0) return name;
    }
  }
  return undefined;
}
