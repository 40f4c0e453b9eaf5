import type { Citation } from './citation';
import { formatBibtexCitation } from './format-bibtex';
import { formatCslCitation } from './format-csl';
import { formatMarkdownCitation, formatTextCitation } from './format-text';

/** The formats a citation can be copied in. */
export type CitationFormat = 'text' | 'markdown' | 'bibtex' | 'csl-json';

/** Every format, in the order a menu offers them. */
export const citationFormats: readonly CitationFormat[] = [
  'text',
  'markdown',
  'bibtex',
  'csl-json',
];

/** What each format is called where a reader picks one. */
export const citationFormatLabels: Readonly<Record<CitationFormat, string>> = {
  text: 'Plain text',
  markdown: 'Markdown',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};

const writers: Readonly<Record<CitationFormat, (citation: Citation) => string>> = {
  text: formatTextCitation,
  markdown: formatMarkdownCitation,
  bibtex: formatBibtexCitation,
  'csl-json': formatCslCitation,
};

/** Writes a citation in one of the formats. */
export function formatCitation(citation: Citation, format: CitationFormat): string {
  return writers[format](citation);
}
