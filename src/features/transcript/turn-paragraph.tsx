import { memo } from 'react';
import { HighlightedText, type QuoteMarks } from '../../components/highlighted-text';
import { notTextProps, textRunProps } from '../../components/text-offsets';
import type { Span, TopicId, Paragraph } from '../../domain/types';

interface TurnParagraphProps {
  readonly paragraph: Paragraph;
  /** The turn says "Interpreted" once; a paragraph says it only when it differs from its turn. */
  readonly turnInterpreted: boolean;
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hits: readonly Span[];
  /** The words a quote link names in this turn, if any. */
  readonly quote: QuoteMarks | undefined;
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
  quote,
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
      quote={quote}
    />
  );
  if (paragraph.stage) {
    return (
      <p className="stage-direction" {...textRunProps(paragraph.start)}>
        <span className="visually-hidden" {...notTextProps}>
          Stage direction:{' '}
        </span>
        {text}
      </p>
    );
  }
  return (
    <p className="speech" {...textRunProps(paragraph.start)}>
      {paragraph.interpreted && !turnInterpreted ? (
        <span className="badge badge-interpreted" {...notTextProps}>
          Interpreted
        </span>
      ) : null}
      {text}
    </p>
  );
});
