import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ArchiveFacets, BriefingPage } from '../../domain/archive/filter';
import type { ArchiveTopicSummary, PersonSummary } from '../../domain/archive/types';
import { formatCount, pluralize } from '../../domain/words/pluralize';
import { ArchiveFilterForm } from './archive-filter-form';
import './archive.css';
import type { ArchiveLinks, ArchiveListAddress, TopicLabels } from './archive-links';
import { BriefingList } from './briefing-list';

interface ArchiveHomeProps {
  readonly title: string;
  readonly query: ArchiveListAddress;
  readonly page: BriefingPage;
  /** Briefings in the whole archive. */
  readonly total: number;
  readonly people: readonly PersonSummary[];
  readonly topics: readonly ArchiveTopicSummary[];
  readonly topicLabels: TopicLabels;
  readonly years: readonly number[];
  readonly facets: ArchiveFacets;
  readonly shipped?: string | undefined;
  readonly links: ArchiveLinks;
  /** What this browser's library adds, drawn after the page has loaded. */
  readonly local?: ReactNode;
}

function Pager({ page, query, links }: Pick<ArchiveHomeProps, 'page' | 'query' | 'links'>) {
  if (page.pageCount <= 1) return null;
  return (
    <nav className="archive-pager" aria-label="Pages of briefings">
      {page.page > 1 ? (
        <Link to={links.list({ ...query, page: page.page - 1 })} rel="prev">
          Newer briefings
        </Link>
      ) : null}
      <span>
        Page {formatCount(page.page)} of {formatCount(page.pageCount)}
      </span>
      {page.page < page.pageCount ? (
        <Link to={links.list({ ...query, page: page.page + 1 })} rel="next">
          Older briefings
        </Link>
      ) : null}
    </nav>
  );
}

/** `/briefings/`: every briefing of the archive, newest first, narrowed by the address. */
export function ArchiveHome(props: ArchiveHomeProps) {
  const { page, total, query, links } = props;
  const first = (page.page - 1) * page.pageSize + 1;
  return (
    <main id="archive" className="archive-page" tabIndex={-1}>
      <h1>{props.title}</h1>
      <p className="archive-lead">
        {pluralize(total, 'briefing')}, newest first. Each opens in the full viewer; each speaker
        and topic has a page across them all.
      </p>
      <ArchiveFilterForm
        // Its fields start from the address: a new address (Back, a link) sets them afresh.
        key={JSON.stringify(query)}
        query={query}
        people={props.people}
        topics={props.topics}
        years={props.years}
        facets={props.facets}
        links={links}
      />
      <h2 className="archive-count" aria-live="polite">
        {page.total === 0
          ? 'No briefings match these filters'
          : page.total === total
            ? `All ${pluralize(total, 'briefing')}`
            : `${pluralize(page.total, 'briefing')} of ${formatCount(total)} match`}
        {page.pageCount > 1
          ? ` (${formatCount(first)}–${formatCount(first + page.entries.length - 1)} shown)`
          : null}
      </h2>
      {page.total === 0 ? (
        <p>
          <Link to={links.list()}>Show every briefing</Link>
        </p>
      ) : (
        <BriefingList
          entries={page.entries}
          topicLabels={props.topicLabels}
          links={links}
          shipped={props.shipped}
        />
      )}
      <Pager page={page} query={query} links={links} />
      {props.local}
    </main>
  );
}
