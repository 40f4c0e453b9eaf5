import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useLayoutStore, type NarrowPane } from '../../state/layout';
import { PaneSwitch } from './pane-switch';
import { StoryResizer } from './story-resizer';
import './viewer-layout.css';

interface ViewerLayoutProps {
  readonly filters: ReactNode;
  /** Messages about the link (a bad exchange or filter), shown above the briefing. */
  readonly notices: ReactNode;
  readonly rail: ReactNode;
  readonly briefing: ReactNode;
  /** The related story's pane; undefined when the briefing has none, which then takes the room. */
  readonly story: ReactNode | undefined;
  /** What follows the briefing (downloads), for a keyboard reader to skip to past every turn. */
  readonly end?: { readonly id: string; readonly label: string } | undefined;
}

/** Where one document at a time is shown (the width the layout's style sheet switches at). */
const narrowScreen = '(max-width: 900px)';

/** Moves the focus without touching the address: on a permalink the hash names a turn. */
const focusById = (id: string) => (event: { preventDefault: () => void }) => {
  event.preventDefault();
  document.getElementById(id)?.focus();
};

/**
 * The reading area: filters in a sticky column, the briefing with its overview rail, and the story
 * beside it on wide screens (resizable, closable) or one document at a time on narrow ones. The
 * briefing is the page's main part, `#briefing`, which the page's skip link leads to.
 */
export function ViewerLayout(props: ViewerLayoutProps) {
  const { filters, notices, rail, briefing, story, end } = props;
  const hasStory = story !== undefined;
  const storyOpen = useLayoutStore((state) => state.storyOpen) && hasStory;
  const storyWidth = useLayoutStore((state) => state.storyWidth);
  const narrowPane = useLayoutStore((state) => state.narrowPane);
  const setStoryOpen = useLayoutStore((state) => state.setStoryOpen);
  const showNarrowPane = useLayoutStore((state) => state.showNarrowPane);
  const shownPane: NarrowPane = storyOpen ? narrowPane : 'briefing';
  // On a narrow screen the filters fold away so that the briefing starts on the first screen.
  const [filtersOpen, setFiltersOpen] = useState(false);

  const reading = useRef<HTMLDivElement>(null);
  const scrolls = useRef<Partial<Record<NarrowPane, number>>>({});
  const lastPane = useRef(shownPane);
  // On a phone the page scrolls one pane at a time: each keeps its own place, and the story opens
  // at its top the first time. The place is noted whenever the pane changes, by the switch or by a
  // shortcut that brings the briefing back.
  useLayoutEffect(() => {
    if (lastPane.current === shownPane) return;
    lastPane.current = shownPane;
    if (typeof window.matchMedia !== 'function' || !window.matchMedia(narrowScreen).matches) return;
    const top = reading.current?.offsetTop ?? 0;
    const place = scrolls.current[shownPane];
    window.scrollTo(0, place ?? Math.min(window.scrollY, top));
  }, [shownPane]);
  const choosePane = (pane: NarrowPane) => {
    if (pane === shownPane) return;
    scrolls.current[shownPane] = window.scrollY;
    if (pane === 'story') setStoryOpen(true);
    showNarrowPane(pane);
  };
  const style = { '--story-width': `${storyWidth}%` } as CSSProperties;

  return (
    <div className="viewer" data-narrow-pane={shownPane} data-filters-open={filtersOpen}>
      <aside className="filters-column" aria-label="Filters">
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters-content"
          onClick={() => {
            setFiltersOpen(!filtersOpen);
          }}
        >
          {filtersOpen ? 'Hide filters' : 'Show filters'}
        </button>
        <div id="filters-content" className="filters-content">
          {filters}
        </div>
      </aside>
      <div className="reading" data-story-open={storyOpen} style={style} ref={reading}>
        {hasStory ? (
          <nav className="pane-switch-bar" aria-label="Documents">
            <PaneSwitch pane={shownPane} onChange={choosePane} />
          </nav>
        ) : null}
        <main id="briefing" className="briefing-column" tabIndex={-1}>
          <div className="rail-column">{rail}</div>
          <div className="briefing-body" data-keep-place>
            <p className="pane-skips">
              {storyOpen ? (
                <a href="#story-pane" className="pane-skip" onClick={focusById('story-pane')}>
                  Skip to the story
                </a>
              ) : null}
              {end === undefined ? null : (
                <a href={`#${end.id}`} className="pane-skip" onClick={focusById(end.id)}>
                  {end.label}
                </a>
              )}
            </p>
            {storyOpen || !hasStory ? null : (
              <button
                type="button"
                className="button story-open"
                onClick={() => {
                  setStoryOpen(true);
                }}
              >
                Show story
              </button>
            )}
            {notices}
            {briefing}
          </div>
        </main>
        {storyOpen ? (
          <aside id="story-pane" className="story-column" aria-label="News story" tabIndex={-1}>
            <StoryResizer />
            <div className="story-scroll" data-keep-place>
              <button
                type="button"
                className="button story-close"
                onClick={() => {
                  setStoryOpen(false);
                  showNarrowPane('briefing');
                }}
              >
                Close story
              </button>
              {story}
            </div>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
