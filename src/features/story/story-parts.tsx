import { useId } from 'react';
import { HighlightedText, type QuoteMarks } from '../../components/highlighted-text';
import { notTextProps, quoteBlockProps, textRunProps } from '../../components/text-offsets';
import type { ArticleParagraph, Span, Speaker, TopicId } from '../../domain/types';
import type { StoryBlock } from './story-blocks';

/** What the story marks: the chosen topics' mentions and the search hits of each paragraph. */
export interface Marks {
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hitsByParagraph: ReadonlyMap<string, readonly Span[]>;
  /** The words a quote link names in the story, and the paragraph they are in. */
  readonly quote?: LinkedStoryQuote | undefined;
}

/** A quote link's words in the story: the paragraph and their marks. */
export interface LinkedStoryQuote extends QuoteMarks {
  readonly paragraphId: string;
}

const noHits: readonly Span[] = [];
// A list item copied from a web page keeps its bullet; the list draws its own.
const bullet = /^[-–•*]\s+/u;

interface StoryQuoteProps {
  readonly block: Extract<StoryBlock, { kind: 'quote' }>;
  readonly speaker: Speaker | undefined;
  readonly marks: Marks;
}

/** A run of quotes by one speaker, attributed below. */
export function StoryQuote({ block, speaker, marks }: StoryQuoteProps) {
  const captionId = useId();
  const attribution =
    speaker === undefined
      ? 'Unattributed quote'
      : [speaker.name, speaker.role].filter((part) => part !== undefined).join(', ');
  return (
    <figure className="story-quote" aria-labelledby={captionId}>
      <blockquote>
        {block.paragraphs.map((paragraph) => (
          <p key={paragraph.id}>
            <StoryText paragraph={paragraph} marks={marks} />
          </p>
        ))}
      </blockquote>
      <figcaption id={captionId}>{attribution}</figcaption>
    </figure>
  );
}

/** The picture caption, marked as one. */
export function StoryCaption({
  paragraph,
  marks,
}: {
  readonly paragraph: ArticleParagraph;
  readonly marks: Marks;
}) {
  const captionId = useId();
  return (
    <figure className="story-caption" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className="caption-label" {...notTextProps}>
          Picture caption:
        </span>{' '}
        <StoryText paragraph={paragraph} marks={marks} />
      </figcaption>
    </figure>
  );
}

interface StoryTextProps {
  readonly paragraph: ArticleParagraph;
  readonly marks: Marks;
  readonly skipBullet?: boolean;
}

/** A paragraph's text with its marks. */
export function StoryText({ paragraph, marks, skipBullet = false }: StoryTextProps) {
  const skip = skipBullet ? (bullet.exec(paragraph.text)?.[0].length ?? 0) : 0;
  const block = {
    text: paragraph.text.slice(skip),
    start: paragraph.start + skip,
    end: paragraph.end,
  };
  // Each paragraph is a block of its own for quotes, and its text runs from `block.start`.
  return (
    <span {...quoteBlockProps(paragraph.id)} {...textRunProps(block.start)}>
      <HighlightedText
        block={block}
        mentions={paragraph.mentions}
        activeTopics={marks.activeTopics}
        hits={marks.hitsByParagraph.get(paragraph.id) ?? noHits}
        document="story"
        quote={marks.quote?.paragraphId === paragraph.id ? marks.quote : undefined}
      />
    </span>
  );
}
