import { formatLongDate } from '../domain/cite/dates';
import type { Source } from '../domain/types';
import './source-line.css';

interface SourceLineProps {
  readonly source: Source | undefined;
  readonly dateLine?: string | undefined;
  /** The words of the link to the original, such as "Original story". */
  readonly linkText: string;
}

/** Publisher, date spelt out and a link to the original: what a reader needs to weigh a text. */
export function SourceLine({ source, dateLine, linkText }: SourceLineProps) {
  const date = source?.date ?? dateLine;
  const publisher = source?.publisher ?? '';
  if (publisher === '' && date === undefined && source?.url === undefined) return null;
  return (
    <p className="document-meta">
      {publisher === '' ? null : <span>{publisher}</span>}
      {date === undefined ? null : <time dateTime={date}>{formatLongDate(date)}</time>}
      {source?.url === undefined ? null : (
        <a href={source.url} rel="noreferrer">
          {linkText}
          <span className="visually-hidden"> (opens the publisher’s page)</span>
        </a>
      )}
    </p>
  );
}
