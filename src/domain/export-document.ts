import { exportArticleCsv, exportTranscriptCsv } from './export-csv';
import { exportArticleMarkdown, exportTranscriptMarkdown } from './export-markdown';
import { exportArticleText, exportTranscriptText } from './export-text';
import type { ParsedDocument } from './types';

export type ExportFormat = 'json' | 'md' | 'txt' | 'csv';

export const exportFormats: readonly ExportFormat[] = ['json', 'md', 'txt', 'csv'];

/** What a reader sees on the button or in the CLI's usage line. */
export const exportFormatLabels: Readonly<Record<ExportFormat, string>> = {
  json: 'JSON',
  md: 'Markdown',
  txt: 'Plain text',
  csv: 'CSV',
};

export const exportMimeTypes: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  md: 'text/markdown',
  txt: 'text/plain',
  csv: 'text/csv',
};

/** True when `value` names an export format. */
export const isExportFormat = (value: string): value is ExportFormat =>
  (exportFormats as readonly string[]).includes(value);

/** The parsed object as JSON, exactly the shape of the data contract. */
export function exportJson(document: ParsedDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
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

/** A file name for an export: the title made safe for file systems, and the format's extension. */
export function nameExportFile(title: string, format: ExportFormat): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem.length > 0 ? stem : 'document'}.${format}`;
}
