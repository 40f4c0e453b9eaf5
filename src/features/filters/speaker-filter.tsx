import { memo, useId, type ChangeEventHandler } from 'react';
import type { Speaker, SpeakerId, SpeakerKind } from '../../domain/types';
import { pluralize } from '../../domain/words/pluralize';
import { describeSpeaker } from './describe-speaker';

interface SpeakerFilterProps {
  /** The checkboxes' name in their form; each one's value is its speaker's id. */
  readonly name: string;
  readonly speakers: readonly Speaker[];
  readonly turnCounts: ReadonlyMap<SpeakerId, number>;
  readonly chosen: readonly SpeakerId[];
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
}

const groups: readonly { readonly title: string; readonly kinds: readonly SpeakerKind[] }[] = [
  { title: 'Officials', kinds: ['official'] },
  { title: 'Reporters', kinds: ['reporter'] },
  { title: 'Staff and others', kinds: ['staff', 'unknown'] },
];

/**
 * Checkboxes for the speakers, grouped by kind, each with what tells it apart and its turn count.
 * Memoized: a long briefing lists hundreds of speakers, and a search keystroke changes none of them.
 */
export const SpeakerFilter = memo(function SpeakerFilter({
  name,
  speakers,
  turnCounts,
  chosen,
  onChange,
}: SpeakerFilterProps) {
  return (
    <fieldset className="filter-group">
      <legend>Speakers</legend>
      {groups.map((group) => {
        const members = speakers.filter((speaker) => group.kinds.includes(speaker.kind));
        return members.length === 0 ? null : (
          <fieldset key={group.title} className="filter-subgroup">
            <legend>{group.title}</legend>
            <ul className="filter-options">
              {members.map((speaker) => (
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
      })}
    </fieldset>
  );
});

interface SpeakerOptionProps {
  readonly name: string;
  readonly speaker: Speaker;
  readonly turns: number;
  readonly checked: boolean;
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
}

const SpeakerOption = memo(function SpeakerOption({
  name,
  speaker,
  turns,
  checked,
  onChange,
}: SpeakerOptionProps) {
  const id = useId();
  const detail = describeSpeaker(speaker);
  return (
    <li className="filter-option">
      <input
        type="checkbox"
        id={id}
        name={name}
        value={speaker.id}
        checked={checked}
        onChange={onChange}
      />
      <label htmlFor={id}>
        <span className="option-name">{speaker.name}</span>
        {detail === '' ? null : <span className="option-detail">, {detail}</span>}{' '}
        <span className="option-count">({pluralize(turns, 'turn')})</span>
      </label>
    </li>
  );
});
