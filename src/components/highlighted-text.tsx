import { Fragment, type ReactNode } from 'react';
import { segmentText, type Segment } from '../domain/search/highlight';
import { markId, type MarkDocument } from '../domain/search/marks';
import type { Mention, Span, TopicId } from '../domain/types';
import { getTopicStyle } from './topic-style';

export interface HighlightedTextProps {
  /** The block's text and where it stands in its document's input. */
  readonly block: Span & { readonly text: string };
  readonly mentions: readonly Mention[];
  /** Mentions of these topics are marked; others stay plain. */
  readonly activeTopics: ReadonlySet<TopicId>;
  /** Search hits, in input offsets; those outside the block are ignored. */
  readonly hits: readonly Span[];
  /** The document the block is in: each mark's id names it (see `markId`). */
  readonly document: MarkDocument;
}

/** A block's text with chosen topics' mentions and search hits marked; always text, never HTML. */
export function HighlightedText({
  block,
  mentions,
  activeTopics,
  hits,
  document,
}: HighlightedTextProps) {
  const segments = segmentText(block, mentions, activeTopics, hits);
  return <>{segments.map((segment) => renderSegment(segment, document))}</>;
}

function renderSegment(segment: Segment, document: MarkDocument): ReactNode {
  const hitText =
    segment.hit === true ? (
      <mark
        key={segment.start}
        className="search-hit"
        id={segment.opensHit === true ? markId(document, 'hit', segment.start) : undefined}
        tabIndex={segment.opensHit === true ? -1 : undefined}
      >
        {segment.text}
      </mark>
    ) : (
      segment.text
    );
  if (segment.topicId === undefined) {
    return segment.hit === true ? hitText : <Fragment key={segment.start}>{segment.text}</Fragment>;
  }
  const style = getTopicStyle(segment.topicId);
  const opens = segment.opensMention === true;
  return (
    <mark
      key={segment.start}
      className="topic-mark"
      data-topic={style.index}
      data-glyph={opens ? style.glyph : undefined}
      id={opens ? markId(document, 'mention', segment.start) : undefined}
      tabIndex={opens ? -1 : undefined}
    >
      {opens ? <span className="mark-label">{`Topic ${style.label}: `}</span> : null}
      {hitText}
    </mark>
  );
}
