import { Fragment, type ReactNode } from 'react';
import { cutSegmentsAt } from '../domain/quote/segments';
import { segmentText, type Segment } from '../domain/search/highlight';
import { markId, type MarkDocument } from '../domain/search/marks';
import type { Mention, Span, TopicId } from '../domain/types';
import { notTextProps } from './text-offsets';
import { getTopicStyle } from './topic-style';

/** Words a quote link names: one span per paragraph; the first one's mark takes `id` and focus. */
export interface QuoteMarks {
  readonly id: string;
  readonly spans: readonly Span[];
}

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
  /** The words a quote link names, when some are in this block. */
  readonly quote?: QuoteMarks | undefined;
}

/** A block's text with chosen topics' mentions and search hits marked; always text, never HTML. */
export function HighlightedText({
  block,
  mentions,
  activeTopics,
  hits,
  document,
  quote,
}: HighlightedTextProps) {
  const segments = segmentText(block, mentions, activeTopics, hits);
  const quoted = quote?.spans.find((span) => span.start < block.end && span.end > block.start);
  if (quote === undefined || quoted === undefined) {
    return <>{segments.map((segment) => renderSegment(segment, document))}</>;
  }
  const { before, inside, after } = cutSegmentsAt(segments, quoted);
  const opens = quote.spans[0] === quoted;
  return (
    <>
      {before.map((segment) => renderSegment(segment, document))}
      <mark
        className="quote-mark"
        id={opens ? quote.id : undefined}
        tabIndex={opens ? -1 : undefined}
      >
        {opens ? (
          <span className="visually-hidden" {...notTextProps}>
            Quoted words:{' '}
          </span>
        ) : null}
        {inside.map((segment) => renderSegment(segment, document))}
      </mark>
      {after.map((segment) => renderSegment(segment, document))}
    </>
  );
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
      {opens ? (
        <span className="mark-label" {...notTextProps}>{`Topic ${style.label}: `}</span>
      ) : null}
      {hitText}
    </mark>
  );
}
