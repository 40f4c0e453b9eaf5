import type { Article, Paragraph, Transcript, Turn } from '../types';

// Writes a transcript back in the label format it was read from, so that parsing the result gives the
// same speakers, turns and exchanges: "LABEL:\u00a0 text", paragraphs apart by a blank line.

const labelGap = '\u00a0 ';
const translatorMark = '(THROUGH TRANSLATOR)';
const opensWithTranslatorMark = /^\(\s*(?:through|via)\s+(?:translator|interpreter)\s*\)/i;

/** A paragraph as written; a mid-turn interpreted paragraph gets its translator mark back. */
function writeParagraph(turn: Turn, paragraph: Paragraph): string {
  const needsMark =
    paragraph.interpreted && !turn.interpreted && !opensWithTranslatorMark.test(paragraph.text);
  return needsMark ? `${translatorMark}:${labelGap}${paragraph.text}` : paragraph.text;
}

// A turn read as interpreted from a mark after its colon, not from its label, gets the mark back.
const labelMark = /\((?:through|via|by)\s+(?:an?\s+)?(?:translator|interpreter)/i;

function writeTurn(turn: Turn): string {
  const [first, ...rest] = turn.paragraphs;
  if (first === undefined) return `${turn.label}:`;
  const mark = turn.interpreted && !labelMark.test(turn.label) ? `${translatorMark} ` : '';
  const opening = `${turn.label}:${labelGap}${mark}${writeParagraph(turn, first)}`;
  return [opening, ...rest.map((paragraph) => writeParagraph(turn, paragraph))].join('\n\n');
}

/** The transcript as plain text in the original label format: title, preamble lines, then turns. */
export function exportTranscriptText(transcript: Transcript): string {
  const parts = [
    transcript.title,
    ...transcript.preamble.map((block) => block.text),
    ...transcript.turns.map(writeTurn),
  ].filter((part) => part.length > 0);
  return `${parts.join('\n\n')}\n`;
}

/** The news story as plain text: title, then its paragraphs, apart by a blank line. */
export function exportArticleText(article: Article): string {
  const parts = [article.title, ...article.paragraphs.map((paragraph) => paragraph.text)];
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}
