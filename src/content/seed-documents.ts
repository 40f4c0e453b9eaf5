import { parseArticle } from '../domain/parse-article';
import { parseTranscript } from '../domain/parse-transcript';
import type { Article, Topic, Transcript } from '../domain/types';
import { briefingText, storyText } from './seeds';
import { defaultTopics } from './topics';

/** The topics the seed documents are tagged with. */
export const seedTopics: readonly Topic[] = defaultTopics;

// Parsed once, when the module loads: every page of the app reads the same objects.
/** The briefing Podium ships with. */
export const seedTranscript: Transcript = parseTranscript(briefingText, { topics: seedTopics });

/** The news story shown beside it. */
export const seedArticle: Article = parseArticle(storyText, { topics: seedTopics });
