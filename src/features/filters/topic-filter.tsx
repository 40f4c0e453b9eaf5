import { memo, useId, type ChangeEventHandler } from 'react';
import { getTopicStyle } from '../../components/topic-style';
import type { TopicPresence, TopicSummary } from '../../domain/topics/stats';
import type { TopicId } from '../../domain/types';
import { pluralize } from '../../domain/words/pluralize';
import { MarkStepper } from './mark-stepper';
import type { MarkNavigation } from './use-mark-navigation';

interface TopicFilterProps {
  /** The checkboxes' name in their form; each one's value is its topic's id. */
  readonly name: string;
  readonly summaries: readonly TopicSummary[];
  readonly chosen: readonly TopicId[];
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
  readonly mentions: MarkNavigation;
}

const presenceText: Readonly<Record<TopicPresence, string>> = {
  both: 'in both',
  briefing: 'briefing only',
  story: 'story only',
  none: 'not mentioned',
};

/**
 * Checkboxes for the topics with where and how often each is mentioned, and mention stepping. A
 * topic neither document mentions is left out, unless a link chose it.
 */
export function TopicFilter({ name, summaries, chosen, onChange, mentions }: TopicFilterProps) {
  const hintId = useId();
  const listed = summaries.filter(
    (summary) => summary.presence !== 'none' || chosen.includes(summary.topic.id),
  );
  return (
    <fieldset className="filter-group" aria-describedby={hintId}>
      <legend>Topics</legend>
      <p id={hintId} className="filter-hint">
        Counts are mentions: every word for a topic counts, other names included (hover over a topic
        to see its words). A search counts the words you type.
      </p>
      <ul className="filter-options">
        {listed.map((summary) => (
          <TopicOption
            key={summary.topic.id}
            name={name}
            summary={summary}
            checked={chosen.includes(summary.topic.id)}
            onChange={onChange}
          />
        ))}
      </ul>
      {chosen.length > 1 ? (
        <p className="filter-hint" role="status">
          Showing exchanges that mention any of the {chosen.length} chosen topics.
        </p>
      ) : null}
      {chosen.length > 0 ? (
        <MarkStepper
          navigation={mentions}
          noun="mention"
          groupLabel="topic mentions"
          idleText={`${pluralize(mentions.count, 'mention')} of the chosen ${chosen.length === 1 ? 'topic' : 'topics'}`}
        />
      ) : null}
    </fieldset>
  );
}

interface TopicOptionProps {
  readonly name: string;
  readonly summary: TopicSummary;
  readonly checked: boolean;
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
}

const TopicOption = memo(function TopicOption({
  name,
  summary,
  checked,
  onChange,
}: TopicOptionProps) {
  const id = useId();
  const { topic, briefingCount, storyCount, presence } = summary;
  const style = getTopicStyle(topic.id);
  const words = `Mentions of: ${topic.patterns.join(', ')}`;
  return (
    <li className={`filter-option${presence === 'none' ? ' is-absent' : ''}`}>
      <input
        type="checkbox"
        id={id}
        name={name}
        value={topic.id}
        checked={checked}
        aria-describedby={`${id}-counts`}
        onChange={onChange}
      />
      <label htmlFor={id} title={words}>
        <span className="topic-swatch" data-topic={style.index} aria-hidden="true">
          {style.glyph}
        </span>{' '}
        <span className="option-name">{topic.label}</span>
      </label>
      <span id={`${id}-counts`} className="option-count">
        {pluralize(briefingCount, 'mention')} in briefing · {storyCount} in story ·{' '}
        <span className="topic-presence">{presenceText[presence]}</span>
      </span>
    </li>
  );
});
