import type { ReactNode } from 'react';

interface PageMessageProps {
  readonly title: string;
  readonly children: ReactNode;
  /** What the reader can do next (the way home, another page). */
  readonly actions?: ReactNode;
}

/** A page that is a message: not found, an error, something on its way. */
export function PageMessage({ title, children, actions }: PageMessageProps) {
  return (
    <main className="page-message">
      <h1>{title}</h1>
      {children}
      {actions === undefined ? null : <p className="page-message-actions">{actions}</p>}
    </main>
  );
}
