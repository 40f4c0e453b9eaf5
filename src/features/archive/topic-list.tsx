import { Link } from 'react-router';
import type { ArchiveTopicSummary } from '../../domain/archive/types';
import { formatCount, pluralize } from '../../domain/words/pluralize';
import { ArchiveDate } from './archive-date';
import './archive.css';
import type { ArchiveLinks } from './archive-links';

/** `/topics/`: every topic of the archive, most mentioned first. */
export function TopicList({
  topics,
  links,
}: {
  readonly topics: readonly ArchiveTopicSummary[];
  readonly links: ArchiveLinks;
}) {
  return (
    <main id="archive" className="archive-page" tabIndex={-1}>
      <h1>Topics</h1>
      <p className="archive-lead">
        {pluralize(topics.length, 'topic')} across the archive, most mentioned first.
      </p>
      <table className="archive-table">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Mentions</th>
            <th scope="col">Briefings</th>
            <th scope="col">Exchanges</th>
            <th scope="col">Latest</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id}>
              <th scope="row">
                <Link to={links.topic(topic.id)}>{topic.label}</Link>
              </th>
              <td>{formatCount(topic.mentions)}</td>
              <td>{formatCount(topic.briefings)}</td>
              <td>{formatCount(topic.exchanges)}</td>
              <td>
                <ArchiveDate date={topic.last} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
