import { useId, useMemo } from 'react';
import { HighlightedText } from '../../components/highlighted-text';
import type { SearchHit } from '../../domain/search/search';
import type { Article, ArticleParagraph, Span, Speaker, Topic, TopicId } from '../../domain/types';
import { groupStoryBlocks, type StoryBlock } from './story-blocks';
import './story.css';

export interface StoryPaneProps {
  readonly article: Article | undefined;
  readonly topics: readonly Topic[];
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hits: readonly SearchHit[];
}

interface Marks {
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hitsByParagraph: ReadonlyMap<string, readonly Span[]>;
}

const noHits: readonly Span[] = [];
// A list item copied from a web page keeps its bullet; the list draws its own.
const bullet = /^[-–•*]\s+/u;

/** The related news story, as text: heading, paragraphs, attributed quotes, caption and list. */
export function StoryPane({ article, topics, activeTopics, hits }: StoryPaneProps) {
  const hitsByParagraph = useMemo(() => {
    const byParagraph = new Map<string, SearchHit[]>();
    for (const hit of hits) {
      const list = byParagraph.get(hit.blockId);
      if (list === undefined) byParagraph.set(hit.blockId, [hit]);
      else list.push(hit);
    }
    return byParagraph;
  }, [hits]);
  const blocks = useMemo(() => groupStoryBlocks(article?.paragraphs ?? []), [article]);
  if (article === undefined) {
    return (
      <section className="story-pane" aria-label="Related story">
        <p className="story-empty">There is no related story for this briefing.</p>
      </section>
    );
  }
  const present = new Set(article.paragraphs.flatMap((paragraph) => paragraph.topics));
  const storyTopics = topics.filter((topic) => present.has(topic.id));
  const marks: Marks = { activeTopics, hitsByParagraph };
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
  return (
    <article className="story-pane" aria-labelledby="story-title">
      <p className="story-kicker">Related story</p>
      <h2 id="story-title">{article.title}</h2>
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
}

interface StoryQuoteProps {
  readonly block: Extract<StoryBlock, { kind: 'quote' }>;
  readonly speaker: Speaker | undefined;
  readonly marks: Marks;
}

function StoryQuote({ block, speaker, marks }: StoryQuoteProps) {
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

function StoryCaption({
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
        <span className="caption-label">Picture caption:</span>{' '}
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

function StoryText({ paragraph, marks, skipBullet = false }: StoryTextProps) {
  const skip = skipBullet ? (bullet.exec(paragraph.text)?.[0].length ?? 0) : 0;
  const block = {
    text: paragraph.text.slice(skip),
    start: paragraph.start + skip,
    end: paragraph.end,
  };
  return (
    <HighlightedText
      block={block}
      mentions={paragraph.mentions}
      activeTopics={marks.activeTopics}
      hits={marks.hitsByParagraph.get(paragraph.id) ?? noHits}
      idPrefix="s"
    />
  );
}
