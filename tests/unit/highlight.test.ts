import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../src/content/topics';
import { segmentText } from '../../src/domain/search/highlight';
import { findTextMatches } from '../../src/domain/search/search';
import { compileTopics, findMentions } from '../../src/domain/topics/match';
import type { Mention, Span, TopicId } from '../../src/domain/types';

const matcher = compileTopics(defaultTopics);
const text =
  'Ahead of next month’s NATO defense ministerial, I encourage our allies to increase their contributions to alliance readiness.';
const offset = 4000;
const block = { text, start: offset, end: offset + text.length };
const mentions = findMentions(text, offset, matcher);
const topics = (...ids: string[]) => new Set(ids as TopicId[]);
const look = (segments: ReturnType<typeof segmentText>) =>
  segments
    .filter((s) => s.topicId !== undefined || s.hit === true)
    .map((s) => [s.text, s.topicId ?? '-', s.hit ?? false]);

describe('segmentText', () => {
  it('gives the whole block as one plain segment when nothing is chosen', () => {
    expect(segmentText(block, mentions, topics(), [])).toEqual([
      { start: block.start, end: block.end, text },
    ]);
  });

  it('marks only the mentions of chosen topics', () => {
    const segments = segmentText(block, mentions, topics('nato'), []);
    expect(look(segments)).toEqual([
      ['NATO', 'nato', false],
      ['defense ministerial', 'nato', false],
      ['alliance', 'nato', false],
    ]);
    expect(segments.filter((s) => s.opensMention === true).map((s) => s.start)).toEqual(
      mentions.map((m) => m.start),
    );
  });

  it('cuts a mention that a search hit overlaps, and opens each mark once', () => {
    const hits = findTextMatches(text, offset, 'defense');
    const segments = segmentText(block, mentions, topics('nato'), hits);
    expect(look(segments)).toEqual([
      ['NATO', 'nato', false],
      ['defense', 'nato', true],
      [' ministerial', 'nato', false],
      ['alliance', 'nato', false],
    ]);
    expect(segments.filter((s) => s.opensMention === true)).toHaveLength(3);
    expect(segments.filter((s) => s.opensHit === true).map((s) => s.start)).toEqual([
      hits[0]?.start,
    ]);
  });

  it('keeps adjacent marks apart', () => {
    const adjacent: Mention[] = [
      { topicId: 'nato' as TopicId, start: offset, end: offset + 5 },
      { topicId: 'iraq' as TopicId, start: offset + 5, end: offset + 8 },
    ];
    const hits: Span[] = [
      { start: offset + 8, end: offset + 10 },
      { start: offset + 10, end: offset + 12 },
    ];
    const segments = segmentText(block, adjacent, topics('nato', 'iraq'), hits);
    expect(segments.slice(0, 4).map((s) => [s.start - offset, s.end - offset])).toEqual([
      [0, 5],
      [5, 8],
      [8, 10],
      [10, 12],
    ]);
    expect(segments.slice(2, 4).every((s) => s.opensHit === true)).toBe(true);
  });

  it('clips marks to the block and ignores those outside it', () => {
    const hits: Span[] = [
      { start: offset - 3, end: offset + 5 },
      { start: block.end + 1, end: block.end + 9 },
    ];
    const segments = segmentText(block, [], topics(), hits);
    expect(segments[0]).toEqual({ start: offset, end: offset + 5, text: 'Ahead', hit: true });
    expect(segments).toHaveLength(2);
  });

  it('cuts any block into segments that concatenate back to its text, in order', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({
      start: 100 + start,
      end: 100 + start + length + 1,
    }));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(span, { maxLength: 6 }),
        fc.array(span, { maxLength: 6 }),
        (body, mentionSpans, hits) => {
          const any = { text: body, start: 100, end: 100 + body.length };
          const chosen = mentionSpans.map((s) => ({ ...s, topicId: 'nato' as TopicId }));
          const segments = segmentText(any, chosen, topics('nato'), hits);
          expect(segments.map((s) => s.text).join('')).toBe(body);
          let at = any.start;
          for (const segment of segments) {
            expect(segment.start).toBe(at);
            expect(segment.end).toBeGreaterThan(segment.start);
            at = segment.end;
          }
        },
      ),
    );
  });
});
