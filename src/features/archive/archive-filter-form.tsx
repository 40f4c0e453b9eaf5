import type { SyntheticEvent } from 'react';
import { Link, useHref, useNavigate } from 'react-router';
import type { ArchiveFacets } from '../../domain/archive/filter';
import type { ArchiveTopicSummary, PersonSummary } from '../../domain/archive/types';
import type { ArchiveLinks, ArchiveListAddress } from './archive-links';

interface ArchiveFilterFormProps {
  readonly query: ArchiveListAddress;
  readonly people: readonly PersonSummary[];
  readonly topics: readonly ArchiveTopicSummary[];
  readonly years: readonly number[];
  readonly facets: ArchiveFacets;
  readonly links: ArchiveLinks;
}

interface Choice {
  readonly value: string;
  readonly label: string;
}

function FilterSelect(props: {
  readonly name: string;
  readonly label: string;
  readonly any: string;
  readonly value: string | undefined;
  readonly choices: readonly Choice[];
}) {
  const id = `archive-filter-${props.name}`;
  return (
    <div className="archive-filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.value ?? ''}>
        <option value="">{props.any}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const withCount = (label: string, count: number | undefined): string =>
  `${label} (${String(count ?? 0)})`;

/**
 * The archive home's filters as a plain GET form: the address holds them, so a filtered list is a
 * link, and the form works before the page's script has loaded. Each choice says how many briefings
 * it would give with the other filters as they are.
 */
export function ArchiveFilterForm({
  query,
  people,
  topics,
  years,
  facets,
  links,
}: ArchiveFilterFormProps) {
  const navigate = useNavigate();
  // Without the script, the browser sends the form itself: to the list's address, base path and all.
  const action = useHref(links.list());
  // With the script running, the form goes to the address links.list writes, without empty fields.
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const address: { speaker?: string; topic?: string; year?: string } = {};
    for (const key of ['speaker', 'topic', 'year'] as const) {
      const value = form.get(key);
      if (typeof value === 'string' && value.length > 0) address[key] = value;
    }
    void navigate(links.list(address));
  };
  const filtering =
    query.speaker !== undefined || query.topic !== undefined || query.year !== undefined;
  return (
    // A new choice starts again at page 1: the form does not carry the page.
    <form
      method="get"
      action={action}
      onSubmit={submit}
      className="archive-filters"
      aria-label="Filter briefings"
    >
      <FilterSelect
        name="speaker"
        label="Speaker"
        any="Any speaker"
        value={query.speaker}
        choices={people
          .filter((person) => facets.speakers.has(person.slug) || person.slug === query.speaker)
          .map((person) => ({
            value: person.slug,
            label: withCount(person.name, facets.speakers.get(person.slug)),
          }))}
      />
      <FilterSelect
        name="topic"
        label="Topic"
        any="Any topic"
        value={query.topic}
        choices={topics
          .filter((topic) => facets.topics.has(topic.id) || topic.id === query.topic)
          .map((topic) => ({
            value: topic.id,
            label: withCount(topic.label, facets.topics.get(topic.id)),
          }))}
      />
      <FilterSelect
        name="year"
        label="Year"
        any="Any year"
        value={query.year}
        choices={years.map((year) => ({
          value: String(year),
          label: withCount(String(year), facets.years.get(year)),
        }))}
      />
      <div className="archive-filter-actions">
        <button type="submit" className="button">
          Show briefings
        </button>
        {filtering ? <Link to={links.list()}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
