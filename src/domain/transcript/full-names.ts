import type { OfficialName } from './official-names';
import { readDateLine } from './dates';
import { readOfficialName } from './official-names';
import { keyOf } from './titles';

// Small words inside office titles ("Chairman of the Joint Chiefs"); "and" joins two people instead.
const titleSmallWords = new Set(['of', 'the', 'for', 'on', 'to', 'de', 'del', 'di', 'van', 'von']);
const maxPhraseWords = 14;
// Words of a title that end the phrase naming a person: "Interview With Foreign Minister Ida Renn".
const phraseStops = new Set(
  `with by and at from interview briefing briefings conference remarks statement statements hearing
  roundtable availability transcript gaggle readout meeting discussion testimony speech holds gives
  delivers`.split(/\s+/),
);
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
      // "Xu Wen's Regular Press Conference": the possessive goes with the name.
      const token = (tokens[at] ?? '').replace(trailingPunctuation, '').replace(/['’]s$/i, '');
      if (keyOf(token) !== wanted) continue;
      let from = at;
      while (from > 0 && at - from < maxPhraseWords) {
        const before = tokens[from - 1] ?? '';
        if (separatorEnd.test(before)) break;
        const capitalised = /^\p{Lu}/u.test(before);
        if (!capitalised && !titleSmallWords.has(before.toLowerCase())) break;
        if (phraseStops.has(before.toLowerCase())) break;
        from--;
      }
      while (from < at && titleSmallWords.has((tokens[from] ?? '').toLowerCase())) from++;
      // "Dana Voss, Administrator, Federal Rail Office": an office after a comma goes with it.
      let to = at;
      if ((tokens[at] ?? '').endsWith(',')) {
        while (
          to + 1 < tokens.length &&
          to - at < maxPhraseWords &&
          /^\p{Lu}/u.test(tokens[to + 1] ?? '') &&
          readDateLine(tokens.slice(to + 1).join(' ')) === undefined
        ) {
          to++;
          if (/[;|.]$/.test(tokens[to] ?? '')) break;
        }
      }
      const phrase = tokens
        .slice(from, to + 1)
        .map((word, index) => {
          // Commas after the name part the offices that follow it; other marks go.
          const kept = from + index >= at && from + index < to ? /[;:|]+$/ : trailingPunctuation;
          return word.replace(kept, '').replace(/['’]s$/i, '');
        })
        .join(' ');
      const name = readOfficialName(phrase.toUpperCase());
      if (name.given.length > 0) return name;
    }
  }
  return undefined;
}

const nameAfterOffice = /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)/u;
const nameBeforeOffice = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+),\s*$/u;

/**
 * Finds the person an office names in the title or a line before the first speaker: the label
 * "Secretary General" and "...by Secretary General Ilse Brandvold following..." give "Ilse
 * Brandvold", as does "Ilse Brandvold, Secretary General". The office must not follow another
 * capitalised word ("Deputy Secretary General" is another office).
 */
export function findOfficeHolder(texts: readonly string[], office: string): string | undefined {
  const wanted = office.toLowerCase();
  if (wanted.length === 0) return undefined;
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      const head = text.slice(0, at);
      const before = head.trimEnd().split(/\s+/).at(-1) ?? '';
      if (/^\p{Lu}/u.test(before) && !/[,;:]$/.test(before)) continue;
      const holder =
        nameAfterOffice.exec(text.slice(at + wanted.length))?.[1] ??
        nameBeforeOffice.exec(head)?.[1];
      if (holder !== undefined && holder.split(/\s+/).length >= 2) return holder;
    }
  }
  return undefined;
}
