import type { Article, Paragraph, Source, Speaker, Transcript, Turn } from '../types';

// Markdown for reading and sharing. Document text is escaped, so a transcript's own asterisks, brackets
// or tags come out as the characters they are, never as formatting, links or HTML.

/** Escapes text so that Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

const describeSource = (source: Source): string =>
  [source.publisher, source.date, source.url === undefined ? undefined : `<${source.url}>`]
    .filter((part): part is string => part !== undefined && part.length > 0)
    .map((part) => (part.startsWith('<') ? part : escapeMarkdown(part)))
    .join(', ');

function describeSpeaker(speaker: Speaker): string {
  const details = [speaker.role, speaker.affiliation, speaker.kind]
    .filter((part): part is string => part !== undefined && part.length > 0)
    .map(escapeMarkdown)
    .join(', ');
  const labels = speaker.labels.map((label) => `\`${label.replaceAll('`', "'")}\``).join(', ');
  return `- **${escapeMarkdown(speaker.name)}** (${details})${labels.length > 0 ? ` — labels: ${labels}` : ''}`;
}

function writeParagraph(turn: Turn, paragraph: Paragraph): string {
  const text = escapeMarkdown(paragraph.text);
  if (paragraph.stage) return `_${text}_`;
  return paragraph.interpreted && !turn.interpreted ? `_(through translator)_ ${text}` : text;
}

function writeTurn(turn: Turn, speaker: Speaker | undefined): string {
  const name = escapeMarkdown(speaker?.name ?? turn.label);
  const role = speaker?.role === undefined ? '' : ` (${escapeMarkdown(speaker.role)})`;
  const mark = turn.interpreted ? ' _(through translator)_' : '';
  const [first, ...rest] = turn.paragraphs;
  const opening = `**${name}**${role}${mark}:${first === undefined ? '' : ` ${writeParagraph(turn, first)}`}`;
  return [opening, ...rest.map((paragraph) => writeParagraph(turn, paragraph))].join('\n\n');
}

const heading = (title: string): string => `# ${escapeMarkdown(title) || 'Untitled'}`;

/** The transcript as Markdown: title, source, speakers, then each exchange under a `##` heading. */
export function exportTranscriptMarkdown(transcript: Transcript): string {
  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker]));
  const turns = new Map(transcript.turns.map((turn) => [turn.id, turn]));
  const parts = [heading(transcript.title)];
  if (transcript.source !== undefined) parts.push(`Source: ${describeSource(transcript.source)}`);
  parts.push(...transcript.preamble.map((block) => escapeMarkdown(block.text)));
  if (transcript.speakers.length > 0) {
    parts.push('## Speakers', transcript.speakers.map(describeSpeaker).join('\n'));
  }
  for (const exchange of transcript.exchanges) {
    parts.push(`## ${escapeMarkdown(exchange.title)}`);
    for (const turnId of exchange.turnIds) {
      const turn = turns.get(turnId);
      if (turn !== undefined) parts.push(writeTurn(turn, speakers.get(turn.speakerId)));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** The news story as Markdown: quotes as block quotes with who said them, lists and captions kept. */
export function exportArticleMarkdown(article: Article): string {
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
  const parts = [heading(article.title)];
  if (article.source !== undefined) parts.push(`Source: ${describeSource(article.source)}`);
  for (const paragraph of article.paragraphs) {
    const text = escapeMarkdown(paragraph.text);
    if (paragraph.kind === 'quote') {
      const speaker =
        paragraph.speakerId === undefined ? undefined : speakers.get(paragraph.speakerId);
      const quote = text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
      parts.push(
        speaker === undefined ? quote : `${quote}\n>\n> — ${escapeMarkdown(speaker.name)}`,
      );
    } else if (paragraph.kind === 'list-item') parts.push(`- ${text}`);
    else if (paragraph.kind === 'caption') parts.push(`_${text}_`);
    else parts.push(text);
  }
  return `${parts.join('\n\n')}\n`;
}
