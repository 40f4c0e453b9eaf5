import { useState } from 'react';
import {
  exportFormatLabels,
  exportFormats,
  exportMimeTypes,
  nameExportFile,
  type ExportFormat,
} from '../../domain/export/formats';
import type { ParsedDocument } from '../../domain/types';
import { downloadText } from './download-text';
import './export-menu.css';

interface ExportMenuProps {
  /** The document's title, for the group's name and the file name. */
  readonly title: string;
  /** The parsed document; may parse on demand, so a list of saved texts need not parse them all. */
  readonly load: () => ParsedDocument | Promise<ParsedDocument>;
}

/** Download buttons for a document: JSON, Markdown, plain text and CSV. */
export function ExportMenu({ title, load }: ExportMenuProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const download = async (format: ExportFormat): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    try {
      // The writers load with the first download: most readers never ask for one.
      const [document, { exportDocument }] = await Promise.all([
        load(),
        import('../../domain/export/document'),
      ]);
      downloadText(
        exportDocument(document, format),
        nameExportFile(title, format),
        exportMimeTypes[format],
      );
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message})` : '';
      setProblem(`The ${exportFormatLabels[format]} file could not be made${detail}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" role="group" aria-label={`Download “${title}”`}>
      <span aria-hidden="true">Download:</span>
      {exportFormats.map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void download(format)}
        >
          {exportFormatLabels[format]}
        </button>
      ))}
      {problem === undefined ? null : <span role="alert">{problem}</span>}
    </div>
  );
}
