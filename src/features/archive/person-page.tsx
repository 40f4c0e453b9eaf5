import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../domain/archive/types';
import { formatCount, pluralize } from '../../domain/words/pluralize';
import { ArchiveDate } from './archive-date';
import './archive.css';
import type { ArchiveLinks, TopicLabels } from './archive-links';
import { QuestionList } from './question-list';

interface PersonPageProps {
  readonly person: Person;
  readonly topicLabels: TopicLabels;
  readonly links: ArchiveLinks;
  /** What this browser's library adds, drawn after the page has loaded. */
  readonly local?: ReactNode;
}

/** `/speakers/SLUG/`: one person across the archive: topics, questions, and every turn by briefing. */
export function PersonPage({ person, topicLabels, links, local }: PersonPageProps) {
  const official = person.kind === 'official';
  const questions = official ? person.answered : person.asked;
  return (
    <main id="archive" className="archive-page" tabIndex={-1}>
      <p className="archive-crumbs">
        <Link to={links.speakers()}>All speakers</Link>
      </p>
      <h1>{person.name}</h1>
      <p className="archive-lead">
        {official ? (person.role ?? 'Official') : 'Reporter'}
        {person.affiliations.length > 0 ? `, ${person.affiliations.join(', ')}` : null}.{' '}
        {pluralize(person.turns, 'turn')} in {pluralize(person.briefings, 'briefing')}
        {person.first === undefined ? null : (
          <>
            , <ArchiveDate date={person.first} /> to <ArchiveDate date={person.last} />
          </>
        )}
        . <Link to={links.list({ speaker: person.slug })}>Their briefings</Link>
      </p>
      {person.labels.length > 1 ? (
        <p>Written in transcripts as {person.labels.join(', ')}.</p>
      ) : null}
      <h2>Topics</h2>
      {person.topics.length === 0 ? (
        <p>None of their turns mentions a topic.</p>
      ) : (
        <ul className="archive-topic-counts">
          {person.topics.map((topic) => (
            <li key={topic.id}>
              <Link to={links.topic(topic.id)}>{topicLabels.get(topic.id) ?? topic.id}</Link>:{' '}
              {pluralize(topic.mentions, 'mention')} in {pluralize(topic.turns, 'turn')}
            </li>
          ))}
        </ul>
      )}
      <h2>{official ? 'Questions answered' : 'Questions asked'}</h2>
      {questions.length === 0 ? (
        <p>{official ? 'They answered no question from a reporter.' : 'They asked no question.'}</p>
      ) : (
        <QuestionList questions={questions} links={links} />
      )}
      <h2>Turns by briefing</h2>
      {person.appearances.map((appearance) => (
        <section key={appearance.briefing} className="archive-appearance">
          <h3>
            <Link to={links.briefing(appearance.briefing)}>{appearance.title}</Link>
          </h3>
          <p className="archive-entry-facts">
            <ArchiveDate date={appearance.date} />
            {appearance.role === undefined ? null : ` · ${appearance.role}`}
            {appearance.affiliation === undefined ? null : ` · ${appearance.affiliation}`}
            {` · ${formatCount(appearance.turns.length)} `}
            {appearance.turns.length === 1 ? 'turn' : 'turns'}
          </p>
          <ol className="archive-turns">
            {appearance.turns.map((turn) => (
              <li key={turn.turn}>
                <Link to={links.turn(appearance.briefing, turn.exchange, turn.turn)}>
                  {turn.snippet.length > 0 ? turn.snippet : `Turn ${turn.turn}`}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {local}
    </main>
  );
}
