import { parseArticle } from '../article/parse-article';
import { parseTranscript } from '../transcript/parse-transcript';
import { tagDocuments } from '../topics/tag-documents';
import type { Article, Topic, Transcript } from '../types';
import { briefingSource, storySource } from '../../content/sources';
import { defaultTopics } from '../../content/topics';

/** The documents Podium ships with, parsed and tagged with the curated and the found topics. */
export interface SeedDocuments {
  readonly transcript: Transcript;
  readonly article: Article;
  readonly topics: readonly Topic[];
}

/**
 * Parses the shipped briefing and story. It takes their text rather than importing it, so the build
 * can run it in Node (where the bundler's `?raw` imports do not exist) as well as in the app.
 * Their publisher, date and address are data (content/sources.ts): the texts do not carry them.
 */
export function parseSeedDocuments(briefing: string, story: string): SeedDocuments {
  // Parsed untagged, then tagged once with the curated topics and those found in both texts.
  return tagDocuments(
    { ...parseTranscript(briefing, { topics: [] }), source: { ...briefingSource } },
    { ...parseArticle(story, { topics: [] }), source: { ...storySource } },
    { curated: defaultTopics },
  );
}
