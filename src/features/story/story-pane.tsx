import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { revealElement } from '../../components/reveal';
import { SourceLine } from '../../components/source-line';
import type { MarkTarget } from '../../domain/search/marks';
import type { Article, Span, Topic, TopicId } from '../../domain/types';
import { groupStoryBlocks } from './story-blocks';
import {
  StoryCaption,
  StoryQuote,
  StoryText,
  type LinkedStoryQuote,
  type Marks,
} from './story-parts';
import './story.css';

/** What the route may ask of the story pane. */
export interface StoryHandle {
  /** Brings a mark into view and focuses it; false when the story is not on the page. */
  readonly revealMark: (target: MarkTarget) => boolean;
}

export interface StoryPaneProps {
  readonly ref?: Ref<StoryHandle>;
  readonly article: Article;
  readonly topics: readonly Topic[];
  readonly activeTopics: ReadonlySet<TopicId>;
  /** The search hits of each paragraph, by the paragraph's id. */
  readonly hitsByParagraph: ReadonlyMap<string, readonly Span[]>;
  /** The words a quote link names in the story: marked, brought into view and focused. */
  readonly quote?: LinkedStoryQuote | undefined;
  /** Says how far apart the story's and the briefing's dates are, when that matters. */
  readonly dateNote?: string | undefined;
}

/**
 * The related news story, as text: heading, paragraphs, attributed quotes, caption and list.
 * Memoized: a filter that changes none of its marks (a speaker) leaves it be.
 */
export const StoryPane = memo(function StoryPane(props: StoryPaneProps) {
  const { ref, article, topics, activeTopics, hitsByParagraph, quote, dateNote } = props;
  const pane = useRef<HTMLElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      revealMark: (target) => {
        const element = document.getElementById(target.id);
        if (element === null || pane.current?.contains(element) !== true) return false;
        revealElement(element, 'center', true);
        return true;
      },
    }),
    [],
  );
  const quoteId = quote?.id;
  useEffect(() => {
    if (quoteId === undefined) return;
    const element = document.getElementById(quoteId);
    if (element !== null) revealElement(element, 'center');
  }, [quoteId]);
  const blocks = useMemo(() => groupStoryBlocks(article.paragraphs), [article]);
  const present = new Set(article.paragraphs.flatMap((paragraph) => paragraph.topics));
  const storyTopics = topics.filter((topic) => present.has(topic.id));
  const marks: Marks = { activeTopics, hitsByParagraph, quote };
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
  return (
    <article className="story-pane" aria-labelledby="story-title" ref={pane}>
      <p className="story-kicker">Related story</p>
      <h2 id="story-title">{article.title}</h2>
      <SourceLine source={article.source} linkText="Original story" />
      {dateNote === undefined ? null : <p className="story-date-note">{dateNote}</p>}
      {storyTopics.length > 0 ? (
        <p className="story-topics">Topics: {storyTopics.map((topic) => topic.label).join(', ')}</p>
      ) : null}
      {blocks.map((block) => {
        if (block.kind === 'body') {
          return (
            <p key={block.paragraph.id}>
              <StoryText paragraph={block.paragraph} marks={marks} />
            </p>
          );
        }
        if (block.kind === 'caption') {
          return (
            <StoryCaption key={block.paragraph.id} paragraph={block.paragraph} marks={marks} />
          );
        }
        if (block.kind === 'list') {
          return (
            <ul key={block.paragraphs[0].id} className="story-list">
              {block.paragraphs.map((paragraph) => (
                <li key={paragraph.id}>
                  <StoryText paragraph={paragraph} marks={marks} skipBullet />
                </li>
              ))}
            </ul>
          );
        }
        const speakerId = block.paragraphs[0].speakerId;
        return (
          <StoryQuote
            key={block.paragraphs[0].id}
            block={block}
            speaker={speakerId === undefined ? undefined : speakers.get(speakerId)}
            marks={marks}
          />
        );
      })}
    </article>
  );
});
