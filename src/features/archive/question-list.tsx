import { Link } from 'react-router';
import type { QuestionRef } from '../../domain/archive/types';
import { ArchiveDate } from './archive-date';
import type { ArchiveLinks } from './archive-links';

/** Questions on a person's page, newest first, each linking to the person's turn in it. */
export function QuestionList({
  questions,
  links,
}: {
  readonly questions: readonly QuestionRef[];
  readonly links: ArchiveLinks;
}) {
  return (
    <ol className="archive-list">
      {questions.map((question) => (
        <li key={`${question.briefing}/${question.exchange}`} className="archive-entry">
          <Link to={links.turn(question.briefing, question.exchange, question.turn)}>
            {question.title}
          </Link>
          <p className="archive-entry-facts">
            <ArchiveDate date={question.date} /> ·{' '}
            <Link to={links.briefing(question.briefing)}>{question.briefingTitle}</Link>
            {question.askedBy === undefined ? null : (
              <>
                {' · asked by '}
                {question.askedBy.slug === undefined ? (
                  question.askedBy.name
                ) : (
                  <Link to={links.speaker(question.askedBy.slug)}>{question.askedBy.name}</Link>
                )}
                {question.askedBy.outlet === undefined ? null : `, ${question.askedBy.outlet}`}
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
