import { escapeMarkdown } from '../export/markdown';
import type { Citation, CitedPassage, CitedSpeaker } from './citation';
import { formatLongDate } from './dates';
import { listQuotedTexts, writeQuotationText } from './quote-passage';
import { linkToQuotedText } from './text-fragment';

// Plain text and Markdown citations, as a reader pastes them into an article or a note:
//   “…” — Name, Role, Affiliation, in “Title”, Publisher, 31 January 2020. https://…/exchange/x3#t9
// followed by the source page's address marked at the quoted words, when the source is known.

/** What a local document's citation adds: its permalink works in the browser that saved it alone. */
export const localLinkNote = 'This link opens only in this browser, where the document is saved.';

const present = (part: string | undefined): part is string => part !== undefined && part.length > 0;

/** A speaker's role and affiliation (an outlet already in the name is not repeated). */
export function listSpeakerDetails(speaker: CitedSpeaker): string[] {
  const affiliation =
    speaker.affiliation !== undefined && speaker.name.includes(speaker.affiliation)
      ? undefined
      : speaker.affiliation;
  return [speaker.role, affiliation].filter(present);
}

/** "Mark T. Esper, Secretary of Defense, United States". */
export const describeSpeaker = (speaker: CitedSpeaker): string =>
  [speaker.name, ...listSpeakerDetails(speaker)].join(', ');

const interpretationNotes = {
  none: '',
  partial: ' (partly through an interpreter)',
  full: ' (through an interpreter)',
} as const;

/** Who said a passage, with how it was interpreted: "Lorenzo Guerini, …, Italy (through an interpreter)". */
export const attributePassage = (passage: CitedPassage): string =>
  passage.speaker === undefined
    ? ''
    : `${describeSpeaker(passage.speaker)}${interpretationNotes[passage.interpretation]}`;

/** A quote in curly quotes and who said it, as far as either is known: `“…” — Name, Role`. */
export function writeAttributedQuote(passage: CitedPassage): string {
  const text = writeQuotationText(passage.quotation);
  const who = attributePassage(passage);
  if (text.length === 0) return who;
  return who.length === 0 ? `“${text}”` : `“${text}” — ${who}`;
}

/** Who said a quote, then the quote, as far as either is known: `Name, Role: “…”` (for notes). */
export function writeSpokenQuote(passage: CitedPassage, paragraphBreak = '\n\n'): string {
  const text = writeQuotationText(passage.quotation, paragraphBreak);
  const who = attributePassage(passage);
  if (text.length === 0) return who;
  return who.length === 0 ? `“${text}”` : `${who}: “${text}”`;
}

/** `in “Title”, Publisher, 31 January 2020`: the document, its publisher and its date. */
export function describeCitedDocument(citation: Citation): string {
  const { title, source } = citation.document;
  const date = source?.date === undefined ? undefined : formatLongDate(source.date);
  return [`in “${title}”`, source?.publisher, date].filter(present).join(', ');
}

/** The source page's address, marked at the quoted words; undefined when the source is unknown. */
export function linkToCitedSource(citation: Citation): string | undefined {
  const url = citation.document.source?.url;
  if (url === undefined) return undefined;
  return linkToQuotedText(
    url,
    citation.passages.flatMap((passage) => listQuotedTexts(passage.quotation)),
  );
}

function composeEndNotes(citation: Citation, writeLink: (url: string) => string): string[] {
  const source = linkToCitedSource(citation);
  return [
    ...(source === undefined ? [] : [`Source: ${writeLink(source)}`]),
    ...(citation.local ? [localLinkNote] : []),
  ];
}

/** A citation as plain text, each quote in curly quotes with its paragraphs apart. */
export function formatTextCitation(citation: Citation): string {
  const reference = `${describeCitedDocument(citation)}. ${citation.url}`;
  const quoted = citation.passages.map(writeAttributedQuote);
  const [only] = quoted;
  const body =
    quoted.length === 1 && only !== undefined
      ? [only.length === 0 ? reference : `${only}, ${reference}`]
      : [...quoted, `${citation.heading}, ${reference}`];
  const notes = composeEndNotes(citation, (url) => url);
  return [body.join('\n\n'), ...notes].join('\n');
}

const writeBlockquote = (passage: CitedPassage): string =>
  writeQuotationText(passage.quotation, '\n\n')
    .split('\n')
    .map((line) => (line.length === 0 ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n');

/** A citation as Markdown: each quote a blockquote keeping its paragraphs, then who said it and where. */
export function formatMarkdownCitation(citation: Citation): string {
  const reference = `${escapeMarkdown(describeCitedDocument(citation))}. <${citation.url}>`;
  const single = citation.passages.length === 1;
  const parts = citation.passages.flatMap((passage) => {
    const who = [escapeMarkdown(attributePassage(passage)), single ? reference : '']
      .filter(present)
      .join(', ');
    const attribution = who.length === 0 ? [] : [`— ${who}`];
    return passage.quotation.paragraphs.length === 0
      ? attribution
      : [writeBlockquote(passage), ...attribution];
  });
  if (!single) parts.push(`${escapeMarkdown(citation.heading)}, ${reference}`);
  return [...parts, ...composeEndNotes(citation, (url) => `<${url}>`)].join('\n\n');
}
