import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Which pane a narrow screen shows; wide screens show both side by side. */
export type NarrowPane = 'briefing' | 'story';

export interface LayoutState {
  readonly storyOpen: boolean;
  /** Width of the story pane on wide screens, as a percentage of the reading area. */
  readonly storyWidth: number;
  readonly narrowPane: NarrowPane;
  readonly setStoryOpen: (open: boolean) => void;
  readonly setStoryWidth: (width: number) => void;
  readonly showNarrowPane: (pane: NarrowPane) => void;
}

export const storyWidthRange = { min: 25, max: 60, step: 5, initial: 40 } as const;

const clampWidth = (width: number): number =>
  Math.min(storyWidthRange.max, Math.max(storyWidthRange.min, Math.round(width)));

export const initialLayout = {
  storyOpen: true,
  storyWidth: storyWidthRange.initial,
  narrowPane: 'briefing' as NarrowPane,
};

type PersistedLayout = Pick<LayoutState, 'storyOpen' | 'storyWidth'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Upgrades what an earlier version stored; anything unreadable falls back to the defaults. */
export function migrateLayout(persisted: unknown, version: number): PersistedLayout {
  const fallback = { storyOpen: initialLayout.storyOpen, storyWidth: initialLayout.storyWidth };
  if (!isRecord(persisted)) return fallback;
  // Version 0 kept the story state as `storyHidden` and a width in pixels of a 1440px screen.
  if (version === 0) {
    const hidden = persisted.storyHidden === true;
    const pixels = typeof persisted.storyPixels === 'number' ? persisted.storyPixels : undefined;
    return {
      storyOpen: !hidden,
      storyWidth: pixels === undefined ? fallback.storyWidth : clampWidth((pixels / 1440) * 100),
    };
  }
  return {
    storyOpen: typeof persisted.storyOpen === 'boolean' ? persisted.storyOpen : fallback.storyOpen,
    storyWidth:
      typeof persisted.storyWidth === 'number'
        ? clampWidth(persisted.storyWidth)
        : fallback.storyWidth,
  };
}

/** Layout of the reading area: story pane open and its width (kept), the narrow-screen pane (not kept). */
export const useLayoutStore = create<LayoutState>()(
  persist(
    (set) => ({
      ...initialLayout,
      setStoryOpen: (open) => {
        set({ storyOpen: open });
      },
      setStoryWidth: (width) => {
        set({ storyWidth: clampWidth(width) });
      },
      showNarrowPane: (pane) => {
        set({ narrowPane: pane });
      },
    }),
    {
      name: 'podium.layout',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // A narrow screen always opens on the briefing, so which pane was last shown is not kept.
      partialize: (state): PersistedLayout => ({
        storyOpen: state.storyOpen,
        storyWidth: state.storyWidth,
      }),
      migrate: migrateLayout,
    },
  ),
);
