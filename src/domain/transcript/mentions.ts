import { findMentions, type TopicMatcher } from '../topics/match';
import type { Mention, Span } from '../types';

/**
 * Finds the topic mentions of each paragraph (spans in input order, not overlapping). The whole
 * stretch is scanned once; a paragraph that a match runs out of (a phrase broken across two
 * paragraphs) is scanned again on its own so that its result equals a scan of its text alone.
 */
export function tagParagraphs(
  input: string,
  paragraphs: readonly Span[],
  matcher: TopicMatcher,
): Mention[][] {
  const result: Mention[][] = paragraphs.map(() => []);
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  // With no topics there is nothing to find: skip a scan of the whole text.
  if (first === undefined || last === undefined || matcher.groupTopics.length === 0) return result;
  const rescan = new Set<number>();
  let index = 0;
  for (const mention of findMentions(input.slice(first.start, last.end), first.start, matcher)) {
    while (index < paragraphs.length && (paragraphs[index]?.end ?? 0) <= mention.start) index++;
    // Every paragraph the mention touches without holding it whole is scanned again alone.
    for (let other = index; other < paragraphs.length; other++) {
      const paragraph = paragraphs[other];
      if (paragraph === undefined || paragraph.start >= mention.end) break;
      if (paragraph.start <= mention.start && mention.end <= paragraph.end) {
        result[other]?.push(mention);
      } else {
        rescan.add(other);
      }
    }
  }
  for (const other of rescan) {
    const paragraph = paragraphs[other];
    if (paragraph === undefined) continue;
    const text = input.slice(paragraph.start, paragraph.end);
    result[other] = findMentions(text, paragraph.start, matcher);
  }
  return result;
}
