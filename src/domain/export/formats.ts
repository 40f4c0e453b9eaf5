// The export formats by name, with what a reader sees and the file each one makes. The writers
// themselves live in export-document.ts, which an app loads only when a download is asked for.

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
