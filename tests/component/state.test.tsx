import { beforeEach, describe, expect, it } from 'vitest';
import { initialLayout, migrateLayout, useLayoutStore } from '../../src/state/layout';
import {
  initialPreferences,
  migratePreferences,
  usePreferencesStore,
} from '../../src/state/preferences';

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
  usePreferencesStore.setState(initialPreferences);
});

describe('layout store', () => {
  it('keeps the story pane state and width, but not the narrow-screen pane', () => {
    useLayoutStore.getState().setStoryOpen(false);
    useLayoutStore.getState().setStoryWidth(52);
    useLayoutStore.getState().showNarrowPane('story');
    const stored = JSON.parse(localStorage.getItem('podium.layout') ?? '{}') as {
      state: unknown;
      version: number;
    };
    expect(stored).toEqual({ state: { storyOpen: false, storyWidth: 52 }, version: 1 });
  });

  it('keeps the width within its limits', () => {
    useLayoutStore.getState().setStoryWidth(5);
    expect(useLayoutStore.getState().storyWidth).toBe(25);
    useLayoutStore.getState().setStoryWidth(500);
    expect(useLayoutStore.getState().storyWidth).toBe(60);
  });

  it('upgrades the first stored version and survives rubbish', () => {
    expect(migrateLayout({ storyHidden: true, storyPixels: 720 }, 0)).toEqual({
      storyOpen: false,
      storyWidth: 50,
    });
    expect(migrateLayout('nonsense', 0)).toEqual({ storyOpen: true, storyWidth: 40 });
    expect(migrateLayout({ storyOpen: 'yes', storyWidth: 99 }, 1)).toEqual({
      storyOpen: true,
      storyWidth: 60,
    });
  });
});

describe('preferences store', () => {
  it('keeps the theme and text size', () => {
    usePreferencesStore.getState().setTheme('dark');
    usePreferencesStore.getState().setTextSize('large');
    expect(localStorage.getItem('podium.preferences')).toBe(
      JSON.stringify({ state: { theme: 'dark', textSize: 'large' }, version: 1 }),
    );
  });

  it('upgrades a numeric font scale and drops unknown values', () => {
    expect(migratePreferences({ theme: 'dark', fontScale: 1.2 }, 0)).toEqual({
      theme: 'dark',
      textSize: 'large',
    });
    expect(migratePreferences({ theme: 'neon', fontScale: 0.8 }, 0)).toEqual({
      theme: 'system',
      textSize: 'small',
    });
    expect(migratePreferences(null, 1)).toEqual(initialPreferences);
  });
});
