import { memo, useDeferredValue, useId, useMemo, useState, type ChangeEventHandler } from 'react';
import {
  createSpeakerMatcher,
  groupSpeakers,
  type SpeakerGroup,
} from '../../domain/search/speaker-list';
import type { Speaker, SpeakerId } from '../../domain/types';
import { pluralize } from '../../domain/words/pluralize';
import { SpeakerOption } from './speaker-option';

interface SpeakerFilterProps {
  /** The checkboxes' name in their form; each one's value is its speaker's id. */
  readonly name: string;
  readonly speakers: readonly Speaker[];
  readonly turnCounts: ReadonlyMap<SpeakerId, number>;
  readonly chosen: readonly SpeakerId[];
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
}

/** Past this many speakers the list can be searched and the reporters fold away until asked for. */
export const longSpeakerList = 20;

/**
 * Checkboxes for the speakers: officials first, reporters under their outlets, then the rest, each
 * with what tells it apart and its turn count. A long list (hundreds of reporters) can be searched,
 * and shows its officials and the chosen speakers until "Show all" is pressed, so that the topics
 * below are a few steps away. Memoized: a search keystroke in the documents changes none of it.
 */
export const SpeakerFilter = memo(function SpeakerFilter(props: SpeakerFilterProps) {
  const { name, speakers, turnCounts, chosen, onChange } = props;
  const findId = useId();
  const countId = useId();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const long = speakers.length > longSpeakerList;
  const groups = useMemo(() => groupSpeakers(speakers), [speakers]);
  const folded = long && !expanded && deferredQuery.trim() === '';
  const shown = useMemo(() => {
    const matches = createSpeakerMatcher(deferredQuery);
    // A chosen speaker always stays in the list: its box is how it is unticked.
    const keep = (speaker: Speaker) =>
      chosen.includes(speaker.id) || (folded ? speaker.kind === 'official' : matches(speaker));
    return groups
      .map((group) => ({ ...group, speakers: group.speakers.filter(keep) }))
      .filter((group) => group.speakers.length > 0);
  }, [groups, deferredQuery, folded, chosen]);
  const matchCount = shown.reduce((sum, group) => sum + group.speakers.length, 0);

  const renderGroup = (group: SpeakerGroup) => (
    <fieldset key={`${group.kind}:${group.title}`} className="filter-subgroup">
      <legend>{group.title}</legend>
      <ul className="filter-options">
        {group.speakers.map((speaker) => (
          <SpeakerOption
            key={speaker.id}
            name={name}
            speaker={speaker}
            turns={turnCounts.get(speaker.id) ?? 0}
            checked={chosen.includes(speaker.id)}
            onChange={onChange}
          />
        ))}
      </ul>
    </fieldset>
  );
  const outlets = shown.filter((group) => group.kind === 'outlet');

  return (
    <fieldset className="filter-group speaker-filter">
      <legend>Speakers</legend>
      {long ? (
        <div className="speaker-find">
          <label htmlFor={findId}>Find a speaker</label>
          {/* No name: the words typed here narrow the list, they are not a filter of the briefing. */}
          <input
            id={findId}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={countId}
            onChange={(event) => {
              setQuery(event.currentTarget.value);
            }}
          />
          <p id={countId} className="speaker-count" role="status">
            {query.trim() === ''
              ? `${pluralize(speakers.length, 'speaker')} in all`
              : `${pluralize(matchCount, 'speaker')} of ${String(speakers.length)} match “${query.trim()}”`}
          </p>
        </div>
      ) : null}
      {shown.filter((group) => group.kind === 'officials').map(renderGroup)}
      {outlets.length > 0 ? (
        <fieldset className="filter-subgroup">
          <legend>Reporters</legend>
          {outlets.map(renderGroup)}
        </fieldset>
      ) : null}
      {shown.filter((group) => group.kind === 'others').map(renderGroup)}
      {long && query.trim() === '' ? (
        <button
          type="button"
          className="button speaker-toggle"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show officials only' : `Show all ${pluralize(speakers.length, 'speaker')}`}
        </button>
      ) : null}
    </fieldset>
  );
});
