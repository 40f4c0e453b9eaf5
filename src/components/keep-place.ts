// A new text size moves every line of a long page: what sat at the top of the screen ends up a
// screen or more away. Before such a change the page notes the first passage in view of each part
// marked `data-keep-place` (the briefing's text, the story), and after it scrolls the window, or
// the part itself where it scrolls on its own, so that the same passage is where it was.

/** Where the reader is, noted before a change that moves the text. */
export interface NotedPlace {
  /** Scrolls the window and the panes back to the passages noted. */
  readonly restore: () => void;
}

const passages = 'p, h2, h3, li, blockquote';

interface Anchor {
  readonly element: Element;
  readonly top: number;
}

const scrollsOnItsOwn = (element: Element): boolean =>
  element.scrollHeight > element.clientHeight + 1 &&
  /auto|scroll/u.test(getComputedStyle(element).overflowY);

/**
 * The passage of `within` the reader is at: the first that starts at or below `top` (window
 * coordinates), else the one that runs across it; undefined when none shows.
 */
function findAnchor(within: Element, top: number, skip: readonly Element[]): Anchor | undefined {
  let across: Anchor | undefined;
  for (const element of within.querySelectorAll(passages)) {
    if (skip.some((pane) => pane !== within && pane.contains(element))) continue;
    const rect = element.getBoundingClientRect();
    if (rect.height === 0 || rect.bottom <= top) continue;
    if (rect.top >= top - 1) return { element, top: rect.top };
    across ??= { element, top: rect.top };
  }
  return across;
}

/** Notes the passages in view, to put them back in view after a change of size or fonts. */
export function notePlace(): NotedPlace {
  const parts = [...document.querySelectorAll('[data-keep-place]')];
  const panes = parts.filter(scrollsOnItsOwn);
  // The window's place: the first passage in view of a part that scrolls with the page (the
  // briefing; on a phone reading the story, the story).
  let windowAnchor: Anchor | undefined;
  for (const part of parts) {
    if (panes.includes(part)) continue;
    windowAnchor = findAnchor(part, 0, panes);
    if (windowAnchor !== undefined) break;
  }
  const paneAnchors = panes.map((pane) => ({
    pane,
    anchor: findAnchor(pane, pane.getBoundingClientRect().top, []),
  }));
  return {
    restore: () => {
      for (const { pane, anchor } of paneAnchors) {
        if (anchor === undefined) continue;
        pane.scrollTop += anchor.element.getBoundingClientRect().top - anchor.top;
      }
      if (windowAnchor !== undefined) {
        window.scrollBy(0, windowAnchor.element.getBoundingClientRect().top - windowAnchor.top);
      }
    },
  };
}
