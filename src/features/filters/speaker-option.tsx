import { memo, useId, type ChangeEventHandler } from 'react';
import type { Speaker } from '../../domain/types';
import { pluralize } from '../../domain/words/pluralize';
import { describeSpeaker } from './describe-speaker';

interface SpeakerOptionProps {
  readonly name: string;
  readonly speaker: Speaker;
  readonly turns: number;
  readonly checked: boolean;
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
}

/** One speaker's checkbox, with role or outlet and turn count. */
export const SpeakerOption = memo(function SpeakerOption({
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
