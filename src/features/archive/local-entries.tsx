import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount, pluralize } from '../../domain/words/pluralize';
import { ArchiveDate } from './archive-date';
import './archive.css';

// What this browser's library adds to an archive page: drawn only after the page has loaded, never
// in the prerendered page, and every link marked as one that opens in this browser alone.

/** A briefing saved in this browser, as the archive home lists it. */
export interface LocalBriefingEntry {
  readonly id: string;
  readonly title: string;
  readonly date: string | undefined;
  readonly publisher: string | undefined;
  readonly questions: number;
  readonly href: string;
}

/** A turn or an exchange of a saved briefing, linking to its local permalink. */
export interface LocalPassageEntry {
  readonly key: string;
  readonly text: string;
  readonly href: string;
  readonly briefingTitle: string;
  readonly date: string | undefined;
  /** Said beside the briefing: who spoke, or how many turns touch the topic. */
  readonly detail: string;
}

interface LocalSectionProps {
  /** What the section holds, in a sentence. */
  readonly summary: string;
  /** Plain words on what the page's filters or the cap left out. */
  readonly notes?: readonly string[];
  readonly children: ReactNode;
}

const localMark = 'Saved in this browser — the link opens only here';

/** The "Saved in this browser" part of an archive page. */
export function LocalSection({ summary, notes = [], children }: LocalSectionProps) {
  return (
    <section className="archive-local" aria-labelledby="archive-local-heading">
      <h2 id="archive-local-heading">Saved in this browser</h2>
      <p>{summary}</p>
      {notes.map((note) => (
        <p key={note} className="archive-entry-facts">
          {note}
        </p>
      ))}
      {children}
    </section>
  );
}

/** Saved briefings, each linking to where it opens in this browser. */
export function LocalBriefingList({
  entries,
}: {
  readonly entries: readonly LocalBriefingEntry[];
}) {
  return (
    <ol className="archive-list" aria-label="Briefings saved in this browser">
      {entries.map((entry) => (
        <li key={entry.id} className="archive-entry">
          <h3>
            <Link to={entry.href}>{entry.title}</Link>
          </h3>
          <p className="archive-entry-facts">
            <ArchiveDate date={entry.date} />
            {entry.publisher === undefined ? null : ` · ${entry.publisher}`}
            {` · ${formatCount(entry.questions)} `}
            {entry.questions === 1 ? 'question' : 'questions'}
          </p>
          <p className="archive-local-mark">{localMark}</p>
        </li>
      ))}
    </ol>
  );
}

/** Turns or exchanges of saved briefings, each linking to its local permalink. */
export function LocalPassageList({
  label,
  entries,
}: {
  readonly label: string;
  readonly entries: readonly LocalPassageEntry[];
}) {
  return (
    <ol className="archive-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key} className="archive-entry">
          <Link to={entry.href}>{entry.text}</Link>
          <p className="archive-entry-facts">
            <ArchiveDate date={entry.date} /> · {entry.briefingTitle} · {entry.detail}
          </p>
          <p className="archive-local-mark">{localMark}</p>
        </li>
      ))}
    </ol>
  );
}

/** "3 turns in 2 briefings": a count of passages and the briefings they come from. */
export const describeLocalCount = (count: number, noun: string, briefings: number): string =>
  `${pluralize(count, noun)} in ${pluralize(briefings, 'saved briefing')}.`;
