import type { Source } from '../../domain/types';
import './document-heading.css';

interface DocumentHeadingProps {
  readonly title: string;
  readonly source?: Source | undefined;
  /** A date line from the transcript itself, when its source gives none. */
  readonly dateLine?: string | undefined;
}

/** What the reader is reading: the briefing's title and where it comes from. */
export function DocumentHeading({ title, source, dateLine }: DocumentHeadingProps) {
  const date = source?.date ?? dateLine;
  return (
    <div className="document-heading">
      <p className="document-kind">Briefing transcript</p>
      <h1>{title}</h1>
      {source || date !== undefined ? (
        <p className="document-meta">
          {source ? <span>{source.publisher}</span> : null}
          {date === undefined ? null : <span>{date}</span>}
          {source?.url === undefined ? null : (
            <a href={source.url} rel="noreferrer">
              Original transcript
            </a>
          )}
        </p>
      ) : null}
    </div>
  );
}
