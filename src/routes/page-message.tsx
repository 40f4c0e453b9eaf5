import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from './paths';

interface PageMessageProps {
  readonly title: string;
  readonly children: ReactNode;
}

/** A whole-page message (not found, error) that always offers the way home. */
export function PageMessage({ title, children }: PageMessageProps) {
  return (
    <div className="app">
      <title>{`${title} — Podium`}</title>
      <header className="app-header">
        <div className="app-bar">
          <Link to={paths.home()} className="brand">
            Podium
          </Link>
        </div>
      </header>
      <main className="page-message">
        <h1>{title}</h1>
        {children}
        <p>
          <Link className="button" to={paths.home()}>
            Read the full briefing
          </Link>
        </p>
      </main>
    </div>
  );
}
