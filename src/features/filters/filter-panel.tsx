import {
  startTransition,
  useCallback,
  useEffect,
  useOptimistic,
  useRef,
  type ChangeEvent,
  type Ref,
} from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { dropFilters, isFiltering, type Filters } from '../../domain/search/filters';
import type { MarkTarget } from '../../domain/search/marks';
import type { DocumentFacts, ReadingView } from '../../domain/search/reading-view';
import { decodeReaderTopics, encodeReaderTopics } from '../../domain/topics/reader-topics';
import type { Speaker, SpeakerId, TopicId } from '../../domain/types';
import { ReaderTopics } from './reader-topics';
import { SearchBox } from './search-box';
import { SpeakerFilter } from './speaker-filter';
import { TopicFilter } from './topic-filter';
import { useMarkNavigation } from './use-mark-navigation';
import './filters.css';

export interface FilterPanelProps {
  readonly speakers: readonly Speaker[];
  readonly facts: DocumentFacts;
  /** The filters in the address: the boxes and the search field show them. */
  readonly filters: Filters;
  /** What the filters found. */
  readonly view: ReadingView;
  /**
   * Puts new filters in the address; `replace`: the change should replace the current history
   * entry (typing) rather than add one. It is called in a transition.
   */
  readonly onFiltersChange: (next: Filters, options: { readonly replace: boolean }) => void;
  /** Brings a mark into view and gives it focus; false when the page does not draw it. */
  readonly revealMark: (target: MarkTarget) => boolean;
  readonly searchRef?: Ref<HTMLInputElement>;
}

// The form's own field names; the route decides how filters are written in the address.
const fieldNames = {
  speaker: 'speaker',
  topic: 'topic',
  query: 'q',
  readerTopics: 'reader-topics',
} as const;

/**
 * The filters the form's controls hold right now, the change being handled included. The reader's
 * own topics ride along in a hidden field, so the one handler needs nothing but the form.
 */
function readFilterForm(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const values = (name: string) =>
    data.getAll(name).filter((value): value is string => typeof value === 'string');
  const query = data.get(fieldNames.query);
  const ownText = data.get(fieldNames.readerTopics);
  const own = decodeReaderTopics(typeof ownText === 'string' ? ownText : '');
  const filters: Filters = {
    speakers: values(fieldNames.speaker) as SpeakerId[],
    topics: values(fieldNames.topic) as TopicId[],
    q: typeof query === 'string' ? query : '',
  };
  return own.ok && own.topics.length > 0 ? { ...filters, readerTopics: own.topics } : filters;
}

/** Narrow the briefing by speaker, topic and search, and step through what they mark. */
export function FilterPanel(props: FilterPanelProps) {
  const { speakers, facts, filters, view, onFiltersChange, revealMark, searchRef } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The address changes at once, and the page redraws from it in a transition; until that is done
  // the controls show the filters chosen, so the tick or the letter is on screen in the next frame.
  const [shown, showFilters] = useOptimistic(filters);
  const change = useCallback(
    (next: Filters, options: { readonly replace: boolean }) => {
      startTransition(() => {
        showFilters(next);
        onFiltersChange(next, options);
      });
    },
    [showFilters, onFiltersChange],
  );
  // A search being typed is one step in the history: its first keystroke adds an entry and the
  // next ones replace it, until the search is done (Enter, leaving the box) or another control
  // changes. Back and Forward end it too, so that typing after them adds a step of its own.
  const typing = useRef(false);
  const endTyping = useCallback(() => {
    typing.current = false;
  }, []);
  const { key: locationKey } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType === NavigationType.Pop) typing.current = false;
  }, [locationKey, navigationType]);
  // A change reads the whole form, so no control keeps state of its own and one handler serves
  // them all: it keeps its identity, and the hundreds of options of a long briefing skip
  // re-rendering when another option changes.
  const onFieldChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const { form, name } = event.currentTarget;
      const searching = name === fieldNames.query;
      const replace = searching && typing.current;
      typing.current = searching;
      if (form !== null) change(readFilterForm(form), { replace });
    },
    [change],
  );
  const { marks } = view;
  const mentions = useMarkNavigation(marks.mentionCount, () => marks.list().mentions, revealMark);
  const hits = useMarkNavigation(marks.hitCount, () => marks.list().hits, revealMark);
  const active = isFiltering(shown) || shown.q !== '';

  return (
    <section className="filter-panel" aria-labelledby="filter-panel-title">
      <h2 id="filter-panel-title" ref={headingRef} tabIndex={-1}>
        Filter the briefing
      </h2>
      {/* The URL holds the filters, so the browser need not keep the boxes' state in its history.
          Without autocomplete="off" it saves every box's state on each history entry the filters
          add: with a long briefing's hundreds of speakers that made every click and keystroke slow. */}
      <form
        className="filter-form"
        autoComplete="off"
        onSubmit={(event) => {
          // Enter in the search box steps through matches; it never sends the form anywhere.
          event.preventDefault();
        }}
      >
        <input
          type="hidden"
          name={fieldNames.readerTopics}
          value={encodeReaderTopics(shown.readerTopics ?? [])}
        />
        <SearchBox
          ref={searchRef}
          name={fieldNames.query}
          query={shown.q}
          searched={view.request.filters.q}
          briefingCount={view.hits.briefing.length}
          storyCount={view.hits.story.length}
          hits={hits}
          onChange={onFieldChange}
          onClear={() => {
            change({ ...shown, q: '' }, { replace: typing.current });
            typing.current = false;
          }}
          onDone={endTyping}
        />
        <SpeakerFilter
          name={fieldNames.speaker}
          speakers={speakers}
          turnCounts={facts.turnCounts}
          chosen={shown.speakers}
          onChange={onFieldChange}
        />
        <TopicFilter
          name={fieldNames.topic}
          summaries={facts.topicSummaries}
          chosen={shown.topics}
          mentions={mentions}
          onChange={onFieldChange}
        />
        {active ? (
          <button
            type="button"
            className="clear-filters"
            onClick={() => {
              change(dropFilters(shown), { replace: false });
              // The button goes away with the filters; keep the reader's place in the panel.
              headingRef.current?.focus();
            }}
          >
            Clear all filters
          </button>
        ) : null}
      </form>
      <ReaderTopics
        filters={shown}
        onChange={(next) => {
          change(next, { replace: false });
        }}
      />
    </section>
  );
}
