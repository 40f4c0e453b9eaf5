import { memo } from 'react';
import { HighlightedText } from '../../components/highlighted-text';
import type { Span, TopicId, Paragraph } from '../../domain/types';

interface TurnParagraphProps {
  readonly paragraph: Paragraph;
  /** The turn says "Interpreted" once; a paragraph says it only when it differs from its turn. */
  readonly turnInterpreted: boolean;
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hits: readonly Span[];
}

/**
 * One paragraph of speech, or a stage direction set apart from the speech around it. Memoized:
 * marking the text is the costly part of a turn, and a speaker filter changes none of its props.
 */
export const TurnParagraph = memo(function TurnParagraph({
  paragraph,
  turnInterpreted,
  activeTopics,
  hits,
}: TurnParagraphProps) {
  const block = { text: paragraph.text, start: paragraph.start, end: paragraph.end };
  const ownHits = hits.filter((hit) => hit.start < paragraph.end && hit.end > paragraph.start);
  const text = (
    <HighlightedText
      block={block}
      mentions={paragraph.mentions}
      activeTopics={activeTopics}
      hits={ownHits}
      document="briefing"
    />
  );
  if (paragraph.stage) {
    return (
      <p className="stage-direction">
        <span className="visually-hidden">Stage direction: </span>
        {text}
      </p>
    );
  }
  return (
    <p className="speech">
      {paragraph.interpreted && !turnInterpreted ? (
        <span className="badge badge-interpreted">Interpreted</span>
      ) : null}
      {text}
    </p>
  );
});
