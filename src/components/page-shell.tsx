import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

/** One entry of the site's navigation. */
export interface NavItem {
  readonly label: string;
  readonly to: string;
}

interface PageShellProps {
  /** The site's navigation, the same list on every page. */
  readonly nav: readonly NavItem[];
  /** Where the app's name leads: the briefing. */
  readonly homeHref: string;
  /** Controls for the reader at the end of the bar (display settings, help). */
  readonly tools?: ReactNode;
  /** What the page says about itself under the bar, such as a briefing's title and source. */
  readonly banner?: ReactNode;
  /** The element a keyboard reader may skip the header to. */
  readonly skipTo?: { readonly id: string; readonly label: string };
  readonly children: ReactNode;
}

/** Every page's frame: a header with the app's name, the site's navigation and the reader's tools. */
export function PageShell({ nav, homeHref, tools, banner, skipTo, children }: PageShellProps) {
  return (
    <div className="app">
      {skipTo === undefined ? null : (
        <a
          className="skip-link"
          href={`#${skipTo.id}`}
          onClick={(event) => {
            // Move focus without touching the URL: on a permalink the hash names a turn.
            event.preventDefault();
            document.getElementById(skipTo.id)?.focus();
          }}
        >
          {skipTo.label}
        </a>
      )}
      <header className="app-header">
        <div className="app-bar">
          <Link to={homeHref} className="brand">
            Podium
          </Link>
          <nav aria-label="Site" className="app-nav">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {tools === undefined ? null : <div className="app-tools">{tools}</div>}
        </div>
        {banner}
      </header>
      {children}
    </div>
  );
}
