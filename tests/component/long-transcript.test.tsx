import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { filterTranscript, emptyFilters, type ExchangeView } from '../../src/domain/search/filters';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { readSampleRequest } from '../../src/domain/generate/sample-request';
import { listMarkTargets, markId } from '../../src/domain/search/marks';
import { summarizeDocuments } from '../../src/domain/search/reading-view';
import { searchTranscript } from '../../src/domain/search/search';
import type { TopicId } from '../../src/domain/types';
import {
  estimateExchangeHeight,
  shouldVirtualize,
  virtualizeAbove,
} from '../../src/features/transcript/virtual-window';
import { layOutRail } from '../../src/features/overview/overview-model';
import { condenseView, maxRailSegments } from '../../src/features/overview/rail-view';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { renderAt } from './render-route';

const shownOf = (views: readonly ExchangeView[]) =>
  views.filter((view) => view.matches || view.pinned);

// A generated briefing long enough to take the long path; parsed once for the pure tests.
const long = parseTranscript(generateTranscript({ turns: 600, seed: 7 }));
const longView = filterTranscript(long, emptyFilters);
// Each turn's length, counted once per document as the viewer does.
const { measureTurn } = summarizeDocuments({ transcript: long, article: undefined, topics: [] });

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
});

describe('when the transcript is drawn whole and when near the screen only', () => {
  it('draws the seed briefing whole', () => {
    expect(shouldVirtualize(filterTranscript(seedTranscript, emptyFilters).exchanges)).toBe(false);
  });

  it('draws only part of a briefing past the turn threshold', () => {
    expect(long.turns.length).toBeGreaterThan(virtualizeAbove.turns);
    expect(shouldVirtualize(longView.exchanges)).toBe(true);
  });

  it('draws a long briefing whole again once the filters leave few exchanges', () => {
    const official = long.speakers.find((speaker) => speaker.kind === 'reporter');
    if (official === undefined) throw new Error('The sample has no reporter');
    const narrowed = filterTranscript(long, { ...emptyFilters, speakers: [official.id] });
    const shown = shownOf(narrowed.exchanges);
    expect(shown.length).toBeLessThan(virtualizeAbove.exchanges);
    expect(shouldVirtualize(shown)).toBe(false);
  });

  it('counts exchanges as well as turns', () => {
    const few = longView.exchanges.slice(0, virtualizeAbove.exchanges);
    const oneMore = longView.exchanges.slice(0, virtualizeAbove.exchanges + 1);
    const turns = (views: readonly ExchangeView[]) =>
      views.reduce((sum, view) => sum + view.turns.length, 0);
    expect(turns(oneMore)).toBeGreaterThan(0);
    expect(shouldVirtualize(oneMore)).toBe(true);
    expect(shouldVirtualize(few)).toBe(turns(few) > virtualizeAbove.turns);
  });
});

describe('estimating heights before rows are measured', () => {
  it('grows with the text an exchange holds', () => {
    const [first] = longView.exchanges;
    if (first === undefined) throw new Error('No exchange');
    const shorter = { ...first, turns: first.turns.slice(0, 1) };
    expect(estimateExchangeHeight(first, false, measureTurn)).toBeGreaterThan(
      estimateExchangeHeight(shorter, false, measureTurn),
    );
  });

  it('counts folded context turns as short', () => {
    const view = longView.exchanges.find((candidate) => candidate.turns.length > 2);
    if (view === undefined) throw new Error('No exchange with three turns');
    const folded = {
      ...view,
      turns: view.turns.map((turn) => ({ ...turn, visibility: 'context' as const })),
    };
    expect(estimateExchangeHeight(folded, true, measureTurn)).toBeLessThan(
      estimateExchangeHeight(view, true, measureTurn),
    );
  });
});

describe('the marks the filter panel can step to', () => {
  const query = 'minister';
  const hits = searchTranscript(long, query);
  const libya = 'libya' as TopicId;
  const marksOf = (filters: typeof emptyFilters, topics: ReadonlySet<TopicId> = new Set()) => {
    const shown = shownOf(filterTranscript(long, filters).exchanges);
    const marks = listMarkTargets({
      transcript: long,
      article: undefined,
      shown,
      filtering: true,
      briefingHits: filters.q === '' ? [] : hits,
      storyHits: [],
      activeTopics: topics,
    });
    return { shown, marks };
  };

  it('lists every search hit in document order, with the row that draws it', () => {
    const { shown, marks } = marksOf({ ...emptyFilters, q: query });
    expect(hits.length).toBeGreaterThan(0);
    expect(marks.hits.map((mark) => mark.id)).toEqual(
      hits.map((hit) => markId('briefing', 'hit', hit.start)),
    );
    const last = marks.hits.at(-1);
    const lastHit = hits.at(-1);
    expect(shown[last?.row ?? -1]?.turns.some((turn) => turn.turn.id === lastHit?.blockId)).toBe(
      true,
    );
    expect(marks.mentions).toEqual([]);
  });

  it('lists mentions of the chosen topics only', () => {
    const { marks } = marksOf({ ...emptyFilters, topics: [libya] }, new Set([libya]));
    const expected = long.turns.flatMap((turn) =>
      turn.paragraphs.flatMap((paragraph) =>
        paragraph.mentions
          .filter((mention) => mention.topicId === libya)
          .map((mention) => markId('briefing', 'mention', mention.start)),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(marks.mentions.map((mark) => mark.id)).toEqual(expected);
  });

  it('gives no row to marks that folded context turns or hidden exchanges do not draw', () => {
    const speaker = long.speakers.find((candidate) => candidate.kind === 'official');
    if (speaker === undefined) throw new Error('No official');
    const { shown, marks } = marksOf({ ...emptyFilters, speakers: [speaker.id], q: query });
    const matchingTurns = new Set(
      shown.flatMap((view) =>
        view.turns.filter((turn) => turn.visibility === 'match').map((turn) => turn.turn.id),
      ),
    );
    const drawn = hits.filter((hit) => matchingTurns.has(hit.blockId as never));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(hits.length);
    expect(marks.hits.filter((mark) => mark.row !== undefined).map((mark) => mark.id)).toEqual(
      drawn.map((hit) => markId('briefing', 'hit', hit.start)),
    );
  });
});

describe('the overview rail of a long briefing', () => {
  const big = parseTranscript(generateTranscript({ turns: 2000, seed: 5 }));

  it('draws a short briefing exchange by exchange', () => {
    const view = filterTranscript(seedTranscript, emptyFilters);
    const rail = condenseView(view);
    expect(rail.view).toBe(view);
    expect(rail.segmentOf(seedTranscript.exchanges[2]?.id)).toBe(seedTranscript.exchanges[2]?.id);
  });

  it('groups a long one into stretches that keep every turn, in order', () => {
    const view = filterTranscript(big, emptyFilters);
    expect(view.exchanges.length).toBeGreaterThan(maxRailSegments);
    const rail = condenseView(view);
    expect(rail.view.exchanges.length).toBeLessThanOrEqual(maxRailSegments);
    expect(rail.view.exchanges.flatMap((stretch) => stretch.turns.map((t) => t.turn.id))).toEqual(
      big.turns.map((turn) => turn.id),
    );
    expect(rail.view.exchanges[0]?.exchange.title).toMatch(/^Exchanges 1–\d+$/);
  });

  it('marks every stretch a chosen speaker speaks in, with no more ticks than the rail has room for', () => {
    // At 10,000 turns an official speaks many times in each stretch.
    const huge = parseTranscript(generateTranscript({ turns: 10_000, seed: 1 }));
    const official = huge.speakers.find((speaker) => speaker.kind === 'official');
    if (official === undefined) throw new Error('No official');
    const filters = { ...emptyFilters, speakers: [official.id] };
    const segments = layOutRail(
      condenseView(filterTranscript(huge, filters)).view,
      filters,
      new Map(),
      summarizeDocuments({ transcript: huge, article: undefined, topics: [] }).measureTurn,
    );
    const ticks = segments.flatMap((segment) => segment.ticks);
    // A stretch is a few pixels tall: a handful of ticks each is all the rail can show.
    expect(ticks.length).toBeLessThanOrEqual(4 * segments.length);
    for (const segment of segments) {
      expect(segment.ticks.length > 0).toBe(segment.speakerTurns > 0);
      for (const tick of segment.ticks) expect(tick.at).toBeGreaterThanOrEqual(0);
      for (const tick of segment.ticks) expect(tick.at).toBeLessThanOrEqual(1);
    }
  });

  it('links a stretch to its first shown exchange and says which stretch holds an exchange', () => {
    const official = big.speakers.find((speaker) => speaker.kind === 'reporter');
    if (official === undefined) throw new Error('No reporter');
    const view = filterTranscript(big, { ...emptyFilters, speakers: [official.id] });
    const rail = condenseView(view);
    const shownIds = new Set(
      view.exchanges.filter((e) => e.matches).map((e) => e.exchange.id as string),
    );
    for (const stretch of rail.view.exchanges) {
      expect(stretch.matches).toBe(shownIds.has(stretch.exchange.id));
    }
    const firstShown = view.exchanges.find((e) => e.matches);
    expect(rail.segmentOf(firstShown?.exchange.id)).toBe(firstShown?.exchange.id);
    expect(rail.segmentOf(undefined)).toBeUndefined();
  });
});

describe('the sample route', () => {
  it('reads counts and seeds, and says what is wrong with bad ones', () => {
    expect(readSampleRequest('10000', null)).toEqual({ ok: true, turns: 10_000, seed: 1 });
    expect(readSampleRequest('10,000', '42')).toEqual({ ok: true, turns: 10_000, seed: 42 });
    expect(readSampleRequest('lots', null)).toMatchObject({ ok: false });
    expect(readSampleRequest('0', null)).toMatchObject({
      ok: false,
      message: expect.stringContaining('from 1 to 50,000') as unknown,
    });
    expect(readSampleRequest('50001', null)).toMatchObject({ ok: false });
    expect(readSampleRequest('-3', null)).toMatchObject({ ok: false });
    expect(readSampleRequest('12', 'x')).toMatchObject({
      ok: false,
      message: expect.stringContaining('seed') as unknown,
    });
  });

  it('explains a count it cannot make, with a way back', async () => {
    renderAt('/sample/60000');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such sample' })).toBeVisible();
    expect(screen.getByText(/from 1 to 50,000 turns, not 60,000/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read the full briefing' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('generates a short sample and shows it whole in the viewer, with links under its path', async () => {
    const sample = parseTranscript(generateTranscript({ turns: 40, seed: 3 }));
    renderAt('/sample/40?seed=3');
    expect(
      await screen.findByRole('heading', { level: 1, name: `Generated sample: ${sample.title}` }),
    ).toBeVisible();
    const briefing = screen.getByRole('main');
    expect(within(briefing).getAllByRole('region')).toHaveLength(sample.exchanges.length);
    const [first] = sample.exchanges;
    expect(
      screen.getByRole('link', { name: `Permalink to ${first?.title ?? ''}` }),
    ).toHaveAttribute('href', `/sample/40/exchange/${first?.id ?? ''}?seed=3`);
    expect(screen.getByRole('link', { name: 'Read the shipped briefing' })).toBeVisible();
  });

  it('opens a sample permalink on its exchange', async () => {
    const sample = parseTranscript(generateTranscript({ turns: 40, seed: 3 }));
    const exchange = sample.exchanges[4];
    if (exchange === undefined) throw new Error('The sample is too short');
    renderAt(`/sample/40/exchange/${exchange.id}?seed=3`);
    const section = await screen.findByRole('region', { name: exchange.title });
    expect(section).toHaveAttribute('aria-current', 'location');
    // Focus moves once the page is on screen.
    await waitFor(() => {
      expect(section).toHaveFocus();
    });
  });
});
