import { squeezeWord } from './fold';

// One search language for the viewer and the archive. A query is words in any order, every one of
// which must be found in the same turn (or story paragraph), and phrases in quotes, whose words must
// stand together in that order. Words compare folded: case, accents, hyphens, punctuation and the
// spacing inside a compound do not count ("F35" finds "F-35", "minefields" finds "mine fields"),
// and a plural finds its singular and back (see `listWordForms`).

/** What a query may hold: short enough to read at a glance, long enough for any real question. */
export const queryLimits = {
  /** Letters and digits, all words together. */
  minCharacters: 2,
  /** Characters as typed, spaces and quotes included. */
  maxCharacters: 200,
  /** Words in all, those inside quotes included. */
  maxWords: 12,
} as const;

/** One part of a query: a word, or a phrase given in quotes. */
export interface QueryTerm {
  readonly kind: 'word' | 'phrase';
  /** As typed, quotes included: `F-35`, `"mine fields"`. */
  readonly text: string;
  /** Folded, with hyphens and other marks squeezed out: ['f35'], ['mine', 'fields']. */
  readonly words: readonly string[];
}

/** A query read and checked: at least one term. */
export interface SearchQuery {
  /** The query as typed, trimmed. */
  readonly text: string;
  readonly terms: readonly QueryTerm[];
  /** Single letters outside quotes, left out of the search (they would match nearly everything). */
  readonly ignored: readonly string[];
}

export type QueryProblemKind = 'empty' | 'too-short' | 'no-words' | 'too-long' | 'too-many-words';

/** Why a query is not searched, in words a reader understands. */
export interface QueryProblem {
  readonly kind: QueryProblemKind;
  readonly message: string;
}

export type QueryReading =
  | { readonly ok: true; readonly query: SearchQuery }
  | { readonly ok: false; readonly problem: QueryProblem };

const quoteMarks = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const space = /\s+/u;
const thousands = new Intl.NumberFormat('en-US');

const problem = (kind: QueryProblemKind, message: string): QueryReading => ({
  ok: false,
  problem: { kind, message },
});

/** Splits a query into the stretches outside quotes and inside them; an unclosed quote runs to the end. */
function splitQuotes(text: string): { readonly quoted: boolean; readonly text: string }[] {
  const parts: { quoted: boolean; text: string }[] = [];
  let quoted = false;
  let from = 0;
  for (let at = 0; at <= text.length; at += 1) {
    if (at === text.length || quoteMarks.has(text.charAt(at))) {
      parts.push({ quoted, text: text.slice(from, at) });
      quoted = !quoted;
      from = at + 1;
    }
  }
  return parts;
}

const splitWords = (text: string): string[] => text.split(space).filter((word) => word !== '');

/** Reads a query typed by a reader: its terms, or the problem that keeps it from being searched. */
export function parseQuery(input: string): QueryReading {
  const text = input.trim();
  if (text === '') return problem('empty', 'Type a word to search.');
  if (text.length > queryLimits.maxCharacters) {
    return problem(
      'too-long',
      `This search is ${thousands.format(text.length)} characters long; ` +
        `shorten it to ${queryLimits.maxCharacters} or fewer.`,
    );
  }
  const terms: QueryTerm[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm): void => {
    const key = `${term.kind}:${term.words.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const part of splitQuotes(text)) {
    if (part.quoted) {
      const words = splitWords(part.text)
        .map(squeezeWord)
        .filter((word) => word !== '');
      if (words.length > 1 || (words[0] ?? '').length >= queryLimits.minCharacters) {
        add({ kind: 'phrase', text: `"${part.text.trim()}"`, words });
      } else if (words.length === 1) {
        ignored.push(part.text.trim());
      }
      continue;
    }
    for (const word of splitWords(part.text)) {
      const squeezed = squeezeWord(word);
      if (squeezed.length >= queryLimits.minCharacters) {
        add({ kind: 'word', text: word, words: [squeezed] });
      } else if (squeezed !== '') {
        ignored.push(word);
      }
    }
  }
  const wordCount = terms.reduce((sum, term) => sum + term.words.length, 0);
  if (wordCount > queryLimits.maxWords) {
    return problem(
      'too-many-words',
      `This search has ${wordCount} words; use ${queryLimits.maxWords} or fewer.`,
    );
  }
  if (terms.length === 0) {
    return ignored.length > 0
      ? problem('too-short', `Type at least ${queryLimits.minCharacters} characters to search.`)
      : problem('no-words', 'Type a word to search: punctuation alone finds nothing.');
  }
  return { ok: true, query: { text, terms, ignored } };
}

/** Tells whether a query can be searched (it has a word of two characters or more, within limits). */
export function isSearchable(input: string): boolean {
  return parseQuery(input).ok;
}
