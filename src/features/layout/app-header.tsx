import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Source } from '../../domain/types';
import { DisplaySettings } from './display-settings';

interface AppHeaderProps {
  readonly title: string;
  readonly source?: Source | undefined;
  /** A date line from the transcript itself, when its source gives none. */
  readonly dateLine?: string | undefined;
  readonly homeHref: string;
  /** Where readers bring their own documents and find the ones they saved. */
  readonly importHref: string;
  readonly libraryHref: string;
  readonly onOpenHelp: () => void;
  /** Extra controls for the page, such as reopening the story. */
  readonly tools?: ReactNode;
}

/** The banner: the app, the briefing's title and provenance, and the reader's settings. */
export function AppHeader({
  title,
  source,
  dateLine,
  homeHref,
  importHref,
  libraryHref,
  onOpenHelp,
  tools,
}: AppHeaderProps) {
  const date = source?.date ?? dateLine;
  return (
    <header className="app-header">
      <div className="app-bar">
        <Link to={homeHref} className="brand">
          Podium
        </Link>
        <nav aria-label="Your documents" className="app-nav">
          <Link to={importHref}>Import</Link>
          <Link to={libraryHref}>Library</Link>
        </nav>
        <div className="app-tools">
          {tools}
          <DisplaySettings />
          <button type="button" className="button" aria-haspopup="dialog" onClick={onOpenHelp}>
            Help <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
      </div>
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
    </header>
  );
}
