import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageMessage } from '../components/page-message';
import { PageShell, type NavItem } from '../components/page-shell';
import { composePageTitle } from '../domain/site/document-title';
import { DisplaySettings } from '../features/layout/display-settings';
import { HeaderSearch } from '../features/search/header-search';
import { paths } from './paths';

/**
 * The site's navigation, the same on every page. A new kind of page (the archive's briefings,
 * speakers, topics, search) adds its entry here.
 */
export const siteNav: readonly NavItem[] = [
  { label: 'Briefing', to: paths.home() },
  { label: 'Briefings', to: paths.briefings() },
  { label: 'Speakers', to: paths.speakers() },
  { label: 'Topics', to: paths.topics() },
  { label: 'Import', to: paths.import() },
  { label: 'Library', to: paths.library() },
];

interface SitePageProps {
  /** The page's name: the document title is "<title> — Podium". */
  readonly title?: string;
  readonly banner?: ReactNode;
  /** Controls of the page's own, before the reader's display settings. */
  readonly tools?: ReactNode;
  readonly skipTo?: { readonly id: string; readonly label: string };
  readonly children: ReactNode;
}

/** A page of the site: the shell with the site's navigation and the reader's display settings. */
export function SitePage({ title, banner, tools, skipTo, children }: SitePageProps) {
  return (
    <PageShell
      nav={siteNav}
      homeHref={paths.home()}
      banner={banner}
      tools={
        <>
          <HeaderSearch action={paths.search({ q: '' })} />
          {tools}
          <DisplaySettings />
        </>
      }
      {...(skipTo === undefined ? {} : { skipTo })}
    >
      {title === undefined ? null : <title>{composePageTitle(title)}</title>}
      {children}
    </PageShell>
  );
}

interface MessagePageProps {
  readonly title: string;
  /** The heading, when it says more than the title. */
  readonly heading?: string;
  readonly children: ReactNode;
  /** Ways on besides the way home. */
  readonly actions?: ReactNode;
}

/** A whole page that is a message (not found, an error, something on its way), with the way home. */
export function MessagePage({ title, heading = title, children, actions }: MessagePageProps) {
  return (
    <SitePage title={title}>
      <PageMessage
        title={heading}
        actions={
          <>
            {actions}
            <Link className="button" to={paths.home()}>
              Read the full briefing
            </Link>
          </>
        }
      >
        {children}
      </PageMessage>
    </SitePage>
  );
}
