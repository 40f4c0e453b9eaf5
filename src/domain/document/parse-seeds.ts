import { parseArticle } from '../article/parse-article';
import { parseTranscript } from '../transcript/parse-transcript';
import type { Article, Topic, Transcript } from '../types';
import { briefingSource, storySource } from '../../content/sources';
import { defaultTopics } from '../../content/topics';

/** The documents Podium ships with, parsed and tagged with the default topics. */
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
  const topics = defaultTopics;
  return {
    transcript: { ...parseTranscript(briefing, { topics }), source: { ...briefingSource } },
    article: { ...parseArticle(story, { topics }), source: { ...storySource } },
    topics,
  };
}
