import { defaultTopics } from '../content/topics';
import { readerTopicPrefix } from '../domain/topics/reader-topics';
import type { TopicId } from '../domain/types';
// Whatever marks a topic with its style needs the palette and the marks' look.
import './topics.css';

/** How many topic colours the theme defines (`--topic-0` … `--topic-13` in topics.css). */
export const topicPaletteSize = 14;

// Colour alone must not tell topics apart: each also gets a glyph and an underline style.
const glyphs = ['●', '▲', '■', '◆', '★', '✚', '▼', '◐', '✦', '⬟', '♣', '⬢', '✱', '◉'] as const;
const underlines = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;

export type TopicUnderline = (typeof underlines)[number];

export interface TopicStyle {
  /** Palette slot: selects `--topic-<index>`. */
  readonly index: number;
  readonly label: string;
  readonly glyph: string;
  readonly underline: TopicUnderline;
}

const knownTopics = new Map(defaultTopics.map((topic, index) => [topic.id, { topic, index }]));

// Topics from an imported list keep a stable slot between visits: derive it from the id.
function hashIndex(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1_000_003;
  return hash;
}

// A found or a reader's topic is not in the curated list; its id is a slug of its name ("royal-navy",
// "my_ruritania"), which reads well enough as words for a screen reader.
const readIdAsWords = (id: string): string =>
  (id.startsWith(readerTopicPrefix) ? id.slice(readerTopicPrefix.length) : id).replace(
    /[-_]+/gu,
    ' ',
  );

/** Looks up the colour slot, glyph, underline and name that mark a topic everywhere. */
export function getTopicStyle(topicId: TopicId): TopicStyle {
  const known = knownTopics.get(topicId);
  const index = (known?.index ?? hashIndex(topicId)) % topicPaletteSize;
  return {
    index,
    label: known?.topic.label ?? readIdAsWords(topicId),
    glyph: glyphs[index] ?? '●',
    underline: underlines[index % underlines.length] ?? 'solid',
  };
}
