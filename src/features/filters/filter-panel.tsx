import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { emptyFilters, isFiltering, type Filters } from '../../domain/search/filters';
import { isSearchable } from '../../domain/search/query';
import { createSearchIndex, searchIndex } from '../../domain/search/search';
import { countTurnsBySpeaker, summarizeTopics } from '../../domain/topics/stats';
import type { Article, SpeakerId, Topic, TopicId, Transcript } from '../../domain/types';
import { listHitTargets, listMentionTargets, toggleValue } from './mark-targets';
import { SearchBox } from './search-box';
import { SpeakerFilter } from './speaker-filter';
import { TopicFilter } from './topic-filter';
import { useMarkNavigation } from './use-mark-navigation';
import './filters.css';

export interface FilterPanelProps {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  readonly topics: readonly Topic[];
  readonly filters: Filters;
  /** `replace`: the change should replace the current history entry (typing) rather than add one. */
  readonly onFiltersChange: (next: Filters, options: { readonly replace: boolean }) => void;
}

/** Narrow the briefing by speaker, topic and search, and step through what they mark. */
export function FilterPanel({
  transcript,
  article,
  topics,
  filters,
  onFiltersChange,
}: FilterPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A change reaches `filters` only once the URL has been updated, which can take a moment: until then
  // the boxes show what the reader chose. Any new `filters` from the URL supersedes it.
  const [pending, setPending] = useState<{ readonly from: Filters; readonly next: Filters }>();
  const shown = pending?.from === filters ? pending.next : filters;
  const change = (next: Filters, options: { readonly replace: boolean }) => {
    setPending({ from: filters, next });
    onFiltersChange(next, options);
  };
  // The toggles keep one identity across renders, so that the hundreds of options of a long
  // briefing skip re-rendering when another option changes; they read the latest state when called.
  const latest = useRef({ shown, change });
  useLayoutEffect(() => {
    latest.current = { shown, change };
  });
  const toggleSpeaker = useCallback((id: SpeakerId) => {
    const { shown: current, change: apply } = latest.current;
    apply({ ...current, speakers: toggleValue(current.speakers, id) }, { replace: false });
  }, []);
  const toggleTopic = useCallback((id: TopicId) => {
    const { shown: current, change: apply } = latest.current;
    apply({ ...current, topics: toggleValue(current.topics, id) }, { replace: false });
  }, []);
  const turnCounts = useMemo(() => countTurnsBySpeaker(transcript), [transcript]);
  const summaries = useMemo(
    () => summarizeTopics(topics, transcript, article),
    [topics, transcript, article],
  );
  const searching = isSearchable(filters.q);
  const briefingIndex = useMemo(
    () => (searching ? createSearchIndex(transcript) : undefined),
    [searching, transcript],
  );
  const storyIndex = useMemo(
    () => (searching && article !== undefined ? createSearchIndex(article) : undefined),
    [searching, article],
  );
  const briefingHits = useMemo(
    () => (briefingIndex === undefined ? [] : searchIndex(briefingIndex, filters.q)),
    [briefingIndex, filters.q],
  );
  const storyHits = useMemo(
    () => (storyIndex === undefined ? [] : searchIndex(storyIndex, filters.q)),
    [storyIndex, filters.q],
  );
  const mentionTargets = useMemo(
    () => listMentionTargets(transcript, article, new Set(filters.topics)),
    [transcript, article, filters.topics],
  );
  const hitTargets = useMemo(
    () => listHitTargets(briefingHits, storyHits),
    [briefingHits, storyHits],
  );
  const mentions = useMarkNavigation(mentionTargets);
  const hits = useMarkNavigation(hitTargets);
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
        <SearchBox
          query={filters.q}
          onQueryChange={(q) => {
            change({ ...shown, q }, { replace: true });
          }}
          briefingCount={briefingHits.length}
          storyCount={storyHits.length}
          hits={hits}
        />
        <SpeakerFilter
          speakers={transcript.speakers}
          turnCounts={turnCounts}
          chosen={shown.speakers}
          onToggle={toggleSpeaker}
        />
        <TopicFilter
          summaries={summaries}
          chosen={shown.topics}
          mentions={mentions}
          onToggle={toggleTopic}
        />
        {active ? (
          <button
            type="button"
            className="clear-filters"
            onClick={() => {
              change(emptyFilters, { replace: false });
              // The button goes away with the filters; keep the reader's place in the panel.
              headingRef.current?.focus();
            }}
          >
            Clear all filters
          </button>
        ) : null}
      </form>
    </section>
  );
}
