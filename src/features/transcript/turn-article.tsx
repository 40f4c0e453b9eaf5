import { useState, type ReactNode } from 'react';
import type { Span, Speaker, TopicId, Turn } from '../../domain/types';
import { SpeakerLine } from './speaker-line';
import { TurnParagraph } from './turn-paragraph';
import { AppLink } from '../../components/app-link';
import type { QuoteMarks } from '../../components/highlighted-text';
import { quoteBlockProps } from '../../components/text-offsets';

interface TurnArticleProps {
  readonly turn: Turn;
  readonly speaker: Speaker | undefined;
  /** A context turn sits beside matching ones; it starts folded so the matches stand out. */
  readonly context: boolean;
  readonly current: boolean;
  readonly href: string;
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hits: readonly Span[];
  readonly actions: ReactNode;
  /** The words a quote link names in this turn, if any. */
  readonly quote: QuoteMarks | undefined;
}

const previewLength = 160;

const previewOf = (turn: Turn): string => {
  const text = turn.paragraphs.map((paragraph) => paragraph.text).join(' ');
  return text.length > previewLength ? `${text.slice(0, previewLength).trimEnd()}…` : text;
};

/** One speaker's turn: who speaks, what they said, and its permalink. */
export function TurnArticle(props: TurnArticleProps) {
  const { turn, speaker, context, current, href, activeTopics, hits, actions, quote } = props;
  const [expanded, setExpanded] = useState(false);
  const folded = context && !expanded && !current && quote === undefined;
  const headingId = `${turn.id}-speaker`;
  const bodyId = `${turn.id}-body`;
  const speakerName = speaker?.name ?? turn.label;
  return (
    <article
      id={turn.id}
      className={`turn${context ? ' turn-context' : ''}${current ? ' is-current' : ''}`}
      aria-labelledby={headingId}
      aria-current={current ? 'location' : undefined}
      tabIndex={-1}
    >
      <div className="turn-head">
        <SpeakerLine
          speaker={speaker}
          label={turn.label}
          headingId={headingId}
          interpreted={turn.interpreted}
        />
        <div className="turn-actions">
          <AppLink
            className="permalink"
            to={href}
            aria-label={`${turn.id}, link to this turn by ${speakerName}`}
          >
            ¶ {turn.id}
          </AppLink>
          {actions}
        </div>
      </div>
      {context ? (
        <button
          type="button"
          className="link-button turn-toggle"
          aria-expanded={!folded}
          aria-label={`${folded ? 'Show full turn' : 'Fold turn'} by ${speakerName}`}
          aria-controls={bodyId}
          onClick={() => {
            setExpanded(folded);
          }}
        >
          {folded ? 'Show full turn' : 'Fold turn'}
        </button>
      ) : null}
      <div id={bodyId} className="turn-body" {...quoteBlockProps(turn.id)}>
        {folded ? (
          <p className="turn-preview">{previewOf(turn)}</p>
        ) : (
          turn.paragraphs.map((paragraph) => (
            <TurnParagraph
              key={paragraph.start}
              paragraph={paragraph}
              turnInterpreted={turn.interpreted}
              activeTopics={activeTopics}
              hits={hits}
              quote={quote}
            />
          ))
        )}
      </div>
    </article>
  );
}
