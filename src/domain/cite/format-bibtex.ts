import { listCitedAuthors, type Citation, type CitedSpeaker } from './citation';
import { monthNames, readIsoDate } from './dates';
import { linkToCitedSource, localLinkNote, writeSpokenQuote } from './format-text';
import { splitName, toKeyWord } from './names';

// BibTeX for LaTeX and reference managers: one @misc entry whose key stays the same for the same
// passage (family name, year, and the turn or exchange id). Text is escaped so that a transcript's
// "&", "%" or braces reach the page as characters, not as LaTeX.

// BibTeX's month macros are the English names' first three letters: jan, feb, …
const toBibtexMonth = (month: number): string =>
  (monthNames[month - 1] ?? '').slice(0, 3).toLowerCase();

const latexEscapes: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes text for a braced BibTeX field, so LaTeX prints it as written. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/gu, (character) => latexEscapes[character] ?? character);
}

const writeAuthor = (speaker: CitedSpeaker): string => {
  const name = splitName(speaker);
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  const parts = [name.family, name.suffix, name.given].filter(
    (part): part is string => part !== undefined && part.length > 0,
  );
  return parts.map(escapeBibtex).join(', ');
};

/** The key a citation is filed under: "guerini2020-t9" (first named person, year, part). */
export function composeReferenceKey(citation: Citation): string {
  const authors = listCitedAuthors(citation);
  const named = authors.find((author) => author.person) ?? authors[0];
  const parts = named === undefined ? undefined : splitName(named);
  const who =
    parts === undefined
      ? citation.document.title
      : 'literal' in parts
        ? parts.literal
        : parts.family;
  const year = readIsoDate(citation.document.source?.date ?? '')?.year;
  const word = toKeyWord(who).slice(0, 24) || 'podium';
  return `${word}${year === undefined ? '' : String(year)}-${toKeyWord(citation.id) || 'quote'}`;
}

/** A citation as one BibTeX @misc entry. */
export function formatBibtexCitation(citation: Citation): string {
  const { source } = citation.document;
  const date = readIsoDate(source?.date ?? '');
  const authors = listCitedAuthors(citation);
  const quotes = citation.passages.map((passage) => writeSpokenQuote(passage, ' '));
  // The part cited (an exchange) when it is not the whole document the title already names.
  const part = citation.heading === citation.document.title ? [] : [`${citation.heading}.`];
  const sourceLink = linkToCitedSource(citation);
  const note = [
    ...part,
    ...quotes,
    ...(sourceLink === undefined ? [] : [`Source: ${sourceLink}`]),
    ...(citation.local ? [localLinkNote] : []),
  ];
  const field = (name: string, value: string): string => `  ${name} = {${value}}`;
  const lines = [
    ...(authors.length === 0 ? [] : [field('author', authors.map(writeAuthor).join(' and '))]),
    field('title', `{${escapeBibtex(citation.document.title)}}`),
    field('howpublished', escapeBibtex(citation.document.genre)),
  ];
  if (source?.publisher !== undefined)
    lines.push(field('publisher', escapeBibtex(source.publisher)));
  if (date !== undefined) {
    lines.push(
      field('year', String(date.year)),
      `  month = ${toBibtexMonth(date.month)}`,
      field('date', source?.date?.trim() ?? ''),
    );
  }
  // A URL is read verbatim: only a brace would end the field early.
  lines.push(field('url', citation.url.replace(/[{}]/gu, encodeURIComponent)));
  lines.push(field('note', escapeBibtex(note.join(' '))));
  return `@misc{${composeReferenceKey(citation)},\n${lines.join(',\n')}\n}`;
}
