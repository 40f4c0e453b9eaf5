import { memo } from 'react';
import { isContextTurn, type ExchangeView } from '../../domain/search/filters';
import type { SearchHit } from '../../domain/search/search';
import type { ExchangeId, Speaker, SpeakerId, TopicId, TurnId } from '../../domain/types';
import type { LinkedQuoteMarks, TranscriptLinks, TranscriptSlots } from './transcript-types';
import { TurnArticle } from './turn-article';
import { AppLink } from '../../components/app-link';

interface ExchangeSectionProps {
  readonly view: ExchangeView;
  readonly speakers: ReadonlyMap<SpeakerId, Speaker>;
  readonly filtering: boolean;
  readonly current: boolean;
  readonly currentTurnId: TurnId | undefined;
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hitsByTurn: ReadonlyMap<string, readonly SearchHit[]>;
  readonly links: TranscriptLinks;
  readonly slots: TranscriptSlots;
  /** The turn whose words a quote link names, and those words; only the exchange holding them. */
  readonly quote: LinkedQuoteMarks | undefined;
  /** Told when the focus moves into the exchange (the shortcuts step on from there). */
  readonly onFocus: (exchangeId: ExchangeId) => void;
}

const noHits: readonly SearchHit[] = [];

/**
 * One question-and-answer exchange (or the statements, or the closing) with its turns. Memoized: a
 * long transcript draws rows again as it scrolls, and a row whose props are the same is left alone.
 */
export const ExchangeSection = memo(function ExchangeSection(props: ExchangeSectionProps) {
  const { view, speakers, filtering, current, currentTurnId, activeTopics, hitsByTurn, links } =
    props;
  const { exchange } = view;
  const titleId = `${exchange.id}-title`;
  const pinnedOnly = view.pinned && !view.matches;
  const exchangeCurrent = current && currentTurnId === undefined;
  return (
    // Noting where the focus is adds no interaction: the section takes no input of its own.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      id={exchange.id}
      className={`exchange${exchangeCurrent ? ' is-current' : current ? ' holds-current' : ''}`}
      aria-labelledby={titleId}
      aria-current={exchangeCurrent ? 'location' : undefined}
      tabIndex={-1}
      onFocus={() => {
        props.onFocus(exchange.id);
      }}
    >
      <div className="exchange-head">
        <h2 id={titleId} className="exchange-title">
          {exchange.title}
        </h2>
        <div className="exchange-actions">
          <AppLink
            className="permalink"
            to={links.exchangeHref(exchange.id)}
            aria-label={`Permalink to ${exchange.title}`}
          >
            Permalink
          </AppLink>
          {props.slots.renderExchangeActions?.(exchange)}
        </div>
      </div>
      {pinnedOnly && filtering ? (
        <p className="exchange-note">
          Shown because the link points here; it does not match the current filters.
        </p>
      ) : null}
      {view.turns.map((turnView) => {
        const { turn } = turnView;
        const speaker = speakers.get(turn.speakerId);
        return (
          <TurnArticle
            key={turn.id}
            turn={turn}
            speaker={speaker}
            context={isContextTurn(view, turnView, filtering)}
            current={current && currentTurnId === turn.id}
            href={links.turnHref(exchange.id, turn.id)}
            activeTopics={activeTopics}
            hits={hitsByTurn.get(turn.id) ?? noHits}
            actions={props.slots.renderTurnActions?.(turn, exchange, speaker)}
            quote={props.quote?.turnId === turn.id ? props.quote : undefined}
          />
        );
      })}
    </section>
  );
});
