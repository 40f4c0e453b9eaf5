import { listCitedAuthors, type Citation } from './citation';
import { readIsoDate } from './dates';
import { composeReferenceKey } from './format-bibtex';
import {
  attributePassage,
  linkToCitedSource,
  localLinkNote,
  writeSpokenQuote,
} from './format-text';
import { splitName } from './names';
import { writeQuotationText } from './quote-passage';

// CSL-JSON, the format Zotero, Mendeley and citation processors read: an array holding one item.
// The quoted words go in `abstract` (paragraphs kept apart), who said them and the source page's
// address in `note`.

/** A CSL name: family and given names of a person, or a literal name. */
type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

/** One CSL-JSON item, with the fields a citation fills. */
export interface CslItem {
  id: string;
  type: 'speech' | 'interview' | 'article';
  title: string;
  'container-title'?: string;
  genre: string;
  author: CslName[];
  publisher?: string;
  issued?: { 'date-parts': [[number, number, number]] } | { raw: string };
  URL: string;
  abstract: string;
  note: string;
}

/** A citation as a CSL-JSON item. */
export function composeCslItem(citation: Citation): CslItem {
  const { source } = citation.document;
  const authors = listCitedAuthors(citation);
  // Several speakers' words are told apart by who said them.
  const single = citation.passages.length === 1;
  const quotes = citation.passages
    .filter((passage) => passage.quotation.paragraphs.length > 0)
    .map((passage) => (single ? writeQuotationText(passage.quotation) : writeSpokenQuote(passage)));
  const sourceLink = linkToCitedSource(citation);
  const note = [
    citation.passages.map(attributePassage).filter(Boolean).join('; '),
    ...(sourceLink === undefined ? [] : [`Source: ${sourceLink}`]),
    ...(citation.local ? [localLinkNote] : []),
  ];
  const date = source?.date === undefined ? undefined : readIsoDate(source.date);
  return {
    id: composeReferenceKey(citation),
    type: citation.kind,
    title: citation.heading,
    ...(citation.heading === citation.document.title
      ? {}
      : { 'container-title': citation.document.title }),
    genre: citation.document.genre,
    author: authors.map((speaker) => ({ ...splitName(speaker) })),
    ...(source?.publisher === undefined ? {} : { publisher: source.publisher }),
    ...(source?.date === undefined
      ? {}
      : {
          issued:
            date === undefined
              ? { raw: source.date }
              : { 'date-parts': [[date.year, date.month, date.day]] },
        }),
    URL: citation.url,
    abstract: quotes.join('\n\n'),
    note: note.filter((part) => part.length > 0).join('\n'),
  };
}

/** A citation as CSL-JSON text: an array of one item, indented for reading. */
export function formatCslCitation(citation: Citation): string {
  return JSON.stringify([composeCslItem(citation)], null, 2);
}
