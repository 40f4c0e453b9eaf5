import { memo, useId } from 'react';
import { getTopicStyle } from '../../components/topic-style';
import type { TopicPresence, TopicSummary } from '../../domain/topics/stats';
import type { TopicId } from '../../domain/types';
import { pluralize } from './mark-targets';
import { MarkStepper } from './mark-stepper';
import type { MarkNavigation } from './use-mark-navigation';

interface TopicFilterProps {
  readonly summaries: readonly TopicSummary[];
  readonly chosen: readonly TopicId[];
  readonly onToggle: (id: TopicId) => void;
  readonly mentions: MarkNavigation;
}

const presenceText: Readonly<Record<TopicPresence, string>> = {
  both: 'in both',
  briefing: 'briefing only',
  story: 'story only',
  none: 'not mentioned',
};

/** Checkboxes for the topics with where and how often each is mentioned, and mention stepping. */
export function TopicFilter({ summaries, chosen, onToggle, mentions }: TopicFilterProps) {
  return (
    <fieldset className="filter-group">
      <legend>Topics</legend>
      <ul className="filter-options">
        {summaries.map((summary) => (
          <TopicOption
            key={summary.topic.id}
            summary={summary}
            checked={chosen.includes(summary.topic.id)}
            onToggle={onToggle}
          />
        ))}
      </ul>
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
  readonly summary: TopicSummary;
  readonly checked: boolean;
  readonly onToggle: (id: TopicId) => void;
}

const TopicOption = memo(function TopicOption({ summary, checked, onToggle }: TopicOptionProps) {
  const id = useId();
  const { topic, briefingCount, storyCount, presence } = summary;
  const style = getTopicStyle(topic.id);
  return (
    <li className={`filter-option${presence === 'none' ? ' is-absent' : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={`${id}-counts`}
        onChange={() => {
          onToggle(topic.id);
        }}
      />
      <label htmlFor={id}>
        <span className="topic-swatch" data-topic={style.index} aria-hidden="true">
          {style.glyph}
        </span>{' '}
        <span className="option-name">{topic.label}</span>
      </label>
      <span id={`${id}-counts`} className="option-count">
        {briefingCount} in briefing · {storyCount} in story ·{' '}
        <span className="topic-presence">{presenceText[presence]}</span>
      </span>
    </li>
  );
});
