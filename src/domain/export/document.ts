import { exportArticleCsv, exportTranscriptCsv } from './csv';
import { exportArticleMarkdown, exportTranscriptMarkdown } from './markdown';
import { exportArticleText, exportTranscriptText } from './text';
import type { ExportFormat } from './formats';
import type { TopicListEntry } from '../topics/stats';
import type { ParsedDocument } from '../types';

/** The parsed object as JSON, exactly the shape of the data contract. */
export function exportJson(document: ParsedDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The parsed object as JSON with the list of its topics (curated and found) and their counts. */
export function exportTaggedJson(
  document: ParsedDocument,
  topics: readonly TopicListEntry[],
): string {
  return `${JSON.stringify({ ...document, topics }, null, 2)}\n`;
}

/** A parsed document in one of the export formats. */
export function exportDocument(document: ParsedDocument, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return exportJson(document);
    case 'md':
      return document.kind === 'transcript'
        ? exportTranscriptMarkdown(document)
        : exportArticleMarkdown(document);
    case 'txt':
      return document.kind === 'transcript'
        ? exportTranscriptText(document)
        : exportArticleText(document);
    case 'csv':
      return document.kind === 'transcript'
        ? exportTranscriptCsv(document)
        : exportArticleCsv(document);
  }
}
