import type { Source } from '../../domain/types';

/** Where a cited passage comes from. */
export interface CitedDocument {
  readonly title: string;
  readonly source?: Source | undefined;
}

/** Who said a cited passage. */
export interface CitedSpeaker {
  readonly name: string;
  readonly role?: string | undefined;
  readonly affiliation?: string | undefined;
}

const quoteLimit = 500;

// A long turn is cut at a word boundary: a citation points at the passage, the link holds the rest.
const shortenQuote = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= quoteLimit) return clean;
  const cut = clean.slice(0, quoteLimit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > quoteLimit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
};

const describeDocument = (document: CitedDocument): string =>
  [`in “${document.title}”`, document.source?.publisher, document.source?.date]
    .filter((part): part is string => part !== undefined && part.length > 0)
    .join(', ');

/** A quotable citation of one turn: “…” — Name, Role, Affiliation, in “Title”, Publisher, Date. URL */
export function formatTurnCitation(input: {
  readonly quote: string;
  readonly speaker: CitedSpeaker;
  readonly interpreted: boolean;
  readonly document: CitedDocument;
  readonly url: string;
}): string {
  const who = [input.speaker.name, input.speaker.role, input.speaker.affiliation]
    .filter((part): part is string => part !== undefined && part.length > 0)
    .join(', ');
  const through = input.interpreted ? ' (through an interpreter)' : '';
  return `“${shortenQuote(input.quote)}” — ${who}${through}, ${describeDocument(input.document)}. ${input.url}`;
}

/** A citation of a whole exchange: its title, the document it belongs to, and its link. */
export function formatExchangeCitation(input: {
  readonly title: string;
  readonly document: CitedDocument;
  readonly url: string;
}): string {
  return `${input.title}, ${describeDocument(input.document)}. ${input.url}`;
}
