import type { Article, Topic, Transcript } from '../types';
import { parseSeedDocuments, type SeedDocuments } from './parse-seeds';
import { briefingText, storyText } from '../../content/seeds';

// Parsed once, when the module loads. The app reads these through seed-loader.ts, which a production
// build serves from prebuilt JSON instead; tests and the prerenderer import them directly.
/** The shipped briefing and story, parsed. */
export const seeds: SeedDocuments = parseSeedDocuments(briefingText, storyText);

/** The topics the seed documents are tagged with. */
export const seedTopics: readonly Topic[] = seeds.topics;

/** The briefing Podium ships with. */
export const seedTranscript: Transcript = seeds.transcript;

/** The news story shown beside it. */
export const seedArticle: Article = seeds.article;
