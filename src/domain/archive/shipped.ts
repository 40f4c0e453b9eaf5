import type { Article, Transcript } from '../types';
import type { ArchiveSource } from './types';

/** The file names the shipped briefing and story have in the archive (no folder file can be named so). */
export const shippedFiles = { briefing: 'podium:briefing.txt', story: 'podium:story.txt' } as const;

/** The shipped briefing and story as archive sources, paired with each other. */
export function listShippedSources(transcript: Transcript, article: Article): ArchiveSource[] {
  return [
    {
      file: shippedFiles.briefing,
      document: transcript,
      entry: { pairedStory: shippedFiles.story },
      shipped: true,
    },
    { file: shippedFiles.story, document: article, shipped: true },
  ];
}
