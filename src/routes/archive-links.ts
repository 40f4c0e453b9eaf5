import type { ArchiveLinks } from '../features/archive/archive-links';
import { paths } from './paths';

/** The archive pages' links, built by paths.ts. */
export const archiveLinks: ArchiveLinks = {
  list: (query) => paths.briefings(query),
  briefing: (slug) => paths.briefing(slug),
  turn: (slug, exchangeId, turnId) => paths.briefing(slug, { exchangeId, turnId }),
  speakers: () => paths.speakers(),
  speaker: (slug) => paths.speaker(slug),
  topics: () => paths.topics(),
  topic: (id) => paths.topic(id),
};
