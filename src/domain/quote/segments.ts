import type { Segment } from '../search/highlight';
import type { Span } from '../types';

// A quote link's words are drawn as one mark per paragraph around the topic marks and search hits
// already in them, so the segments of a paragraph are cut where the quoted words start and end.

/** A paragraph's segments before, inside and after quoted words. */
export interface QuotedSegments {
  readonly before: readonly Segment[];
  readonly inside: readonly Segment[];
  readonly after: readonly Segment[];
}

const sliceSegment = (segment: Segment, start: number, end: number): Segment => {
  const { opensMention, opensHit, ...rest } = segment;
  // Only the first part of a cut segment opens its mention or hit.
  const first = start === segment.start;
  return {
    ...rest,
    start,
    end,
    text: segment.text.slice(start - segment.start, end - segment.start),
    ...(first && opensMention === true ? { opensMention } : {}),
    ...(first && opensHit === true ? { opensHit } : {}),
  };
};

/** Cuts segments (input offsets, in order) at a span's edges: what lies before, in and after it. */
export function cutSegmentsAt(segments: readonly Segment[], span: Span): QuotedSegments {
  const before: Segment[] = [];
  const inside: Segment[] = [];
  const after: Segment[] = [];
  for (const segment of segments) {
    const edges = [segment.start, span.start, span.end, segment.end]
      .filter((at) => at >= segment.start && at <= segment.end)
      .sort((a, b) => a - b);
    for (let index = 0; index + 1 < edges.length; index += 1) {
      const from = edges[index] ?? segment.start;
      const to = edges[index + 1] ?? segment.end;
      if (to <= from) continue;
      const part = sliceSegment(segment, from, to);
      if (to <= span.start) before.push(part);
      else if (from >= span.end) after.push(part);
      else inside.push(part);
    }
  }
  return { before, inside, after };
}
