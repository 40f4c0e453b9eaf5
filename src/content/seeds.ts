import briefing from './briefing.txt?raw';
import story from './story.txt?raw';

/** The briefing Podium ships with, as copied from its transcript page. */
export const briefingText: string = briefing;

/** The related news story shown beside the briefing. */
export const storyText: string = story;
