import { defaultTopics } from '../../content/topics';
import { compileTopics } from './match';

/** The curated topics, compiled once, as data: most documents are tagged with them alone. */
export const defaultMatcher = compileTopics(defaultTopics);
