import { Link } from 'react-router';
import type { BriefingSummary } from '../../domain/archive/types';
import { pluralize } from '../../domain/words/pluralize';
import type { ArchiveLinks, TopicLabels } from './archive-links';
import { ArchiveDate } from './archive-date';

interface BriefingListProps {
  readonly entries: readonly BriefingSummary[];
  readonly topicLabels: TopicLabels;
  readonly links: ArchiveLinks;
  /** The shipped briefing's slug, whose entry says it is the one on the front page. */
  readonly shipped?: string | undefined;
}

// A list entry names the topics most mentioned; the briefing's page has them all.
const topicsShown = 5;

/** Briefings newest first: date, publisher, officials, topics and number of questions. */
export function BriefingList({ entries, topicLabels, links, shipped }: BriefingListProps) {
  return (
    <ol className="archive-list">
      {entries.map((briefing) => (
        <li key={briefing.slug} className="archive-entry">
          <h3>
            <Link to={links.briefing(briefing.slug)}>{briefing.title}</Link>
          </h3>
          <p className="archive-entry-facts">
            <ArchiveDate date={briefing.date} />
            {briefing.publisher === undefined ? null : <> · {briefing.publisher}</>}
            {' · '}
            {pluralize(briefing.questions, 'question')}
            {briefing.slug === shipped ? ' · on the front page' : null}
          </p>
          {briefing.officials.length === 0 ? null : (
            <p className="archive-entry-people">
              <span className="archive-label">Officials: </span>
              {briefing.officials.map((official, index) => (
                <span key={official.slug}>
                  {index > 0 ? ', ' : null}
                  <Link to={links.speaker(official.slug)}>{official.name}</Link>
                  {official.role === undefined ? null : ` (${official.role})`}
                </span>
              ))}
            </p>
          )}
          {briefing.topics.length === 0 ? null : (
            <p className="archive-entry-topics">
              <span className="archive-label">Topics: </span>
              {briefing.topics.slice(0, topicsShown).map((topic, index) => (
                <span key={topic.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={links.topic(topic.id)}>{topicLabels.get(topic.id) ?? topic.id}</Link>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
