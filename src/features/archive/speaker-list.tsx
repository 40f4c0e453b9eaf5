import { Link } from 'react-router';
import type { PersonSummary } from '../../domain/archive/types';
import { formatCount, pluralize } from '../../domain/words/pluralize';
import { ArchiveDate } from './archive-date';
import './archive.css';
import type { ArchiveLinks } from './archive-links';

function PeopleTable({
  caption,
  people,
  links,
}: {
  readonly caption: string;
  readonly people: readonly PersonSummary[];
  readonly links: ArchiveLinks;
}) {
  return (
    <table className="archive-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">{people[0]?.kind === 'reporter' ? 'Outlets' : 'Office'}</th>
          <th scope="col">Briefings</th>
          <th scope="col">Turns</th>
          <th scope="col">Latest</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.slug}>
            <th scope="row">
              <Link to={links.speaker(person.slug)}>{person.name}</Link>
            </th>
            <td>
              {person.kind === 'reporter'
                ? person.affiliations.join(', ')
                : [person.role, ...person.affiliations].filter(Boolean).join(', ')}
            </td>
            <td>{formatCount(person.briefings)}</td>
            <td>{formatCount(person.turns)}</td>
            <td>
              <ArchiveDate date={person.last} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/speakers/`: everyone with a page, officials and reporters apart, with their counts. */
export function SpeakerList({
  people,
  links,
}: {
  readonly people: readonly PersonSummary[];
  readonly links: ArchiveLinks;
}) {
  const officials = people.filter((person) => person.kind === 'official');
  const reporters = people.filter((person) => person.kind === 'reporter');
  return (
    <main id="archive" className="archive-page" tabIndex={-1}>
      <h1>Speakers</h1>
      <p className="archive-lead">
        {pluralize(officials.length, 'official')} and {pluralize(reporters.length, 'reporter')}{' '}
        across the archive. Staff, unnamed voices and reporters known only by their outlet have no
        page.
      </p>
      {officials.length === 0 ? null : (
        <PeopleTable caption="Officials" people={officials} links={links} />
      )}
      {reporters.length === 0 ? null : (
        <PeopleTable caption="Reporters" people={reporters} links={links} />
      )}
    </main>
  );
}
