import type { Article, Exchange, Speaker, Transcript, TurnId } from '../types';

// RFC 4180: fields apart by commas, records by CRLF; a field holding a comma, quote or line break is
// quoted and its quotes doubled. A spreadsheet runs a cell that opens with = + - @ (or a tab or carriage
// return) as a formula, so such cells are prefixed with a single quote and read as text.

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One CSV field, made safe against formula injection and quoted as RFC 4180 requires. */
export function writeCsvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of fields as CSV text with CRLF line ends, ending with a line break. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(writeCsvField).join(',')).join('\r\n') + '\r\n';
}

export const transcriptCsvColumns = [
  'exchange_id',
  'exchange_kind',
  'turn_id',
  'speaker_id',
  'speaker_name',
  'role',
  'affiliation',
  'label',
  'interpreted',
  'topics',
  'text',
] as const;

export const articleCsvColumns = [
  'paragraph_id',
  'kind',
  'speaker_id',
  'speaker_name',
  'topics',
  'text',
] as const;

const indexSpeakers = (speakers: readonly Speaker[]): Map<string, Speaker> =>
  new Map(speakers.map((speaker) => [speaker.id, speaker]));

/** One row per turn, with the exchange it belongs to and its speaker spelled out. */
export function exportTranscriptCsv(transcript: Transcript): string {
  const speakers = indexSpeakers(transcript.speakers);
  const exchangeOf = new Map<TurnId, Exchange>();
  for (const exchange of transcript.exchanges) {
    for (const turnId of exchange.turnIds) exchangeOf.set(turnId, exchange);
  }
  const rows = transcript.turns.map((turn) => {
    const exchange = exchangeOf.get(turn.id);
    const speaker = speakers.get(turn.speakerId);
    return [
      exchange?.id ?? '',
      exchange?.kind ?? '',
      turn.id,
      turn.speakerId,
      speaker?.name ?? '',
      speaker?.role ?? '',
      speaker?.affiliation ?? '',
      turn.label,
      String(turn.interpreted),
      turn.topics.join(';'),
      turn.paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
    ];
  });
  return writeCsv([transcriptCsvColumns, ...rows]);
}

/** One row per paragraph of a news story; quotes carry who said them. */
export function exportArticleCsv(article: Article): string {
  const speakers = indexSpeakers(article.speakers);
  const rows = article.paragraphs.map((paragraph) => [
    paragraph.id,
    paragraph.kind,
    paragraph.speakerId ?? '',
    paragraph.speakerId === undefined ? '' : (speakers.get(paragraph.speakerId)?.name ?? ''),
    paragraph.topics.join(';'),
    paragraph.text,
  ]);
  return writeCsv([articleCsvColumns, ...rows]);
}
