import type { Mention, Span, TopicId } from '../types';

/** A run of a block's text with one look: plain, a chosen topic's mention, a search hit, or both. */
export interface Segment extends Span {
  readonly text: string;
  readonly topicId?: TopicId;
  readonly hit?: boolean;
  /** This segment is where its mention begins (a mention cut by a hit spans several segments). */
  readonly opensMention?: boolean;
  /** This segment is where its search hit begins. */
  readonly opensHit?: boolean;
}

/** A mark cut to the block it shows in; `mark` keeps where it really starts. */
interface Clipped<T extends Span> extends Span {
  readonly mark: T;
}

const clipAll = <T extends Span>(marks: readonly T[], block: Span): Clipped<T>[] =>
  marks
    .map((mark) => ({
      mark,
      start: Math.max(mark.start, block.start),
      end: Math.min(mark.end, block.end),
    }))
    .filter((clipped) => clipped.start < clipped.end)
    .sort((a, b) => a.start - b.start);

const covering = <T extends Span>(spans: readonly T[], at: number): T | undefined =>
  spans.find((span) => span.start <= at && at < span.end);

/**
 * Cuts a block into segments at every edge of a chosen topic's mention and of a search hit; the
 * segments' texts concatenate back to the block's text. Offsets are input offsets.
 */
export function segmentText(
  block: Span & { readonly text: string },
  mentions: readonly Mention[],
  activeTopics: ReadonlySet<TopicId>,
  hits: readonly Span[],
): Segment[] {
  const chosen = clipAll(
    mentions.filter((mention) => activeTopics.has(mention.topicId)),
    block,
  );
  const found = clipAll(hits, block);
  const edges = new Set([block.start, block.end]);
  for (const span of [...chosen, ...found]) {
    edges.add(span.start);
    edges.add(span.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let previous: { mention?: Clipped<Mention> | undefined; hit?: Clipped<Span> | undefined } = {};
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] ?? block.start;
    const end = cuts[index + 1] ?? block.end;
    const mention = covering(chosen, start);
    const hit = covering(found, start);
    const last = segments.at(-1);
    // Neighbouring runs under the same marks are one segment; a new mark always starts a new one.
    if (last !== undefined && previous.mention === mention && previous.hit === hit) {
      segments[segments.length - 1] = {
        ...last,
        end,
        text: last.text + sliceOf(block, start, end),
      };
      continue;
    }
    previous = { mention, hit };
    segments.push({
      start,
      end,
      text: sliceOf(block, start, end),
      ...(mention === undefined
        ? {}
        : {
            topicId: mention.mark.topicId,
            ...(mention.mark.start === start ? { opensMention: true } : {}),
          }),
      ...(hit === undefined
        ? {}
        : { hit: true, ...(hit.mark.start === start ? { opensHit: true } : {}) }),
    });
  }
  return segments;
}

function sliceOf(block: Span & { readonly text: string }, start: number, end: number): string {
  return block.text.slice(start - block.start, end - block.start);
}
