import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/domain/search/filters';
import type { ExchangeId, SpeakerId, TopicId, TurnId } from '../../src/domain/types';
import {
  prefixViewerPaths,
  seedViewerPaths,
  useViewerLinks,
  type ViewerPaths,
} from '../../src/routes/use-viewer-links';

const filterSets: Filters[] = [
  { speakers: [], topics: [], q: '' },
  { speakers: ['s-esper' as SpeakerId], topics: ['libya' as TopicId], q: 'Italy & $& "quotes"' },
  { speakers: [], topics: [], q: 'exchange' },
];
const ids = ['x3', 'x 12', 'x$&', 'exchange'] as ExchangeId[];
const turns = ['t14', 't$1', 'turn'] as TurnId[];

describe('the links a viewer draws', () => {
  it('puts a sample under its path and keeps its seed beside the filters', () => {
    const sample = prefixViewerPaths('/sample/10000', new URLSearchParams({ seed: '7' }));
    expect(sample.home()).toBe('/sample/10000?seed=7');
    expect(sample.exchange('x3' as ExchangeId)).toBe('/sample/10000/exchange/x3?seed=7');
    expect(
      sample.exchange('x3' as ExchangeId, {
        turnId: 't9' as TurnId,
        filters: { speakers: [], topics: ['nato' as TopicId], q: '' },
      }),
    ).toBe('/sample/10000/exchange/x3?seed=7&topic=nato#t9');
    const unseeded = prefixViewerPaths('/sample/40', new URLSearchParams());
    expect(unseeded.home({ speakers: [], topics: [], q: 'Libya' })).toBe('/sample/40?q=Libya');
  });

  const cases: [string, ViewerPaths][] = [
    ['the shipped briefing', seedViewerPaths],
    ['a sample', prefixViewerPaths('/sample/500', new URLSearchParams({ seed: '3' }))],
  ];
  for (const [name, viewerPaths] of cases) {
    it(`builds the same links from its template as one by one, for ${name}`, () => {
      for (const filters of filterSets) {
        const { result } = renderHook(() => useViewerLinks(viewerPaths, filters));
        for (const id of ids) {
          expect(result.current.exchangeHref(id)).toBe(viewerPaths.exchange(id, { filters }));
          for (const turnId of turns) {
            expect(result.current.turnHref(id, turnId)).toBe(
              viewerPaths.exchange(id, { turnId, filters }),
            );
          }
        }
      }
    });
  }

  it('keeps the same links object while the filters stay the same', () => {
    const filters: Filters = { speakers: [], topics: [], q: 'Libya' };
    const { result, rerender } = renderHook(() => useViewerLinks(seedViewerPaths, filters));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
