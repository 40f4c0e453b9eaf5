import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ArchiveTopic } from '../../domain/archive/types';
import { pluralize } from '../../domain/words/pluralize';
import { ArchiveDate } from './archive-date';
import './archive.css';
import type { ArchiveLinks } from './archive-links';
import { TopicTimeline } from './topic-timeline';

interface TopicPageProps {
  readonly topic: ArchiveTopic;
  readonly links: ArchiveLinks;
  /** What this browser's library adds, drawn after the page has loaded. */
  readonly local?: ReactNode;
}

/** `/topics/ID/`: one topic across the archive: when, who, and every exchange that touches it. */
export function TopicPage({ topic, links, local }: TopicPageProps) {
  return (
    <main id="archive" className="archive-page" tabIndex={-1}>
      <p className="archive-crumbs">
        <Link to={links.topics()}>All topics</Link>
      </p>
      <h1>{topic.label}</h1>
      <p className="archive-lead">
        {pluralize(topic.mentions, 'mention')} in {pluralize(topic.briefings, 'briefing')} (
        {pluralize(topic.exchanges, 'exchange')}).{' '}
        <Link to={links.list({ topic: topic.id })}>Briefings that mention {topic.label}</Link>
      </p>
      <h2>Over time</h2>
      <TopicTimeline label={topic.label} timeline={topic.timeline} />
      {topic.undated.mentions > 0 ? (
        <p>
          And {pluralize(topic.undated.mentions, 'mention')} in{' '}
          {pluralize(topic.undated.briefings, 'undated briefing')}.
        </p>
      ) : null}
      <h2>Who spoke most about it</h2>
      {topic.speakers.length === 0 ? (
        <p>No one with a page of their own mentions it.</p>
      ) : (
        <ol className="archive-ranking">
          {topic.speakers.map((speaker) => (
            <li key={speaker.slug}>
              <Link to={links.speaker(speaker.slug)}>{speaker.name}</Link>:{' '}
              {pluralize(speaker.mentions, 'mention')}
            </li>
          ))}
        </ol>
      )}
      <h2>Every exchange that touches it, newest first</h2>
      <ol className="archive-list">
        {topic.touching.map((exchange) => (
          <li key={`${exchange.briefing}/${exchange.exchange}`} className="archive-entry">
            <Link to={links.turn(exchange.briefing, exchange.exchange, exchange.turn)}>
              {exchange.title}
            </Link>
            <p className="archive-entry-facts">
              <ArchiveDate date={exchange.date} /> ·{' '}
              <Link to={links.briefing(exchange.briefing)}>{exchange.briefingTitle}</Link> ·{' '}
              {pluralize(exchange.mentions, 'mention')}
            </p>
          </li>
        ))}
      </ol>
      {topic.stories.length === 0 ? null : (
        <>
          <h2>News stories that mention it</h2>
          <ul>
            {topic.stories.map((story) => (
              <li key={story.story}>
                {story.title} (<ArchiveDate date={story.date} />,{' '}
                {pluralize(story.mentions, 'mention')})
              </li>
            ))}
          </ul>
        </>
      )}
      {local}
    </main>
  );
}
