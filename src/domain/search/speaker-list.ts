import type { Speaker } from '../types';
import { foldText } from './fold';

// A long briefing names hundreds of reporters. The filter lists them as a reader looks for them:
// the officials first, then the reporters under their outlets, then everyone else; a few words
// typed narrow the list to the speakers whose name, role or outlet hold them.

/** A heading of the speaker list and the speakers under it. */
export interface SpeakerGroup {
  readonly title: string;
  /** Groups of reporters by outlet sit under "Reporters"; the others stand alone. */
  readonly kind: 'officials' | 'outlet' | 'others';
  readonly speakers: readonly Speaker[];
}

/** The heading of reporters whose outlet the transcript does not give. */
export const noOutletTitle = 'Outlet not given';

/**
 * Groups speakers for the filter: officials, then reporters by outlet (outlets A to Z, unnamed last),
 * then staff and unknown voices. Within a group speakers keep the transcript's order.
 */
export function groupSpeakers(speakers: readonly Speaker[]): SpeakerGroup[] {
  const officials = speakers.filter((speaker) => speaker.kind === 'official');
  const others = speakers.filter(
    (speaker) => speaker.kind === 'staff' || speaker.kind === 'unknown',
  );
  const outlets = new Map<string, Speaker[]>();
  for (const speaker of speakers) {
    if (speaker.kind !== 'reporter') continue;
    const outlet = speaker.affiliation?.trim() ?? '';
    const title = outlet === '' ? noOutletTitle : outlet;
    const members = outlets.get(title);
    if (members === undefined) outlets.set(title, [speaker]);
    else members.push(speaker);
  }
  const outletTitles = [...outlets.keys()].sort((a, b) =>
    a === noOutletTitle ? 1 : b === noOutletTitle ? -1 : a.localeCompare(b),
  );
  const groups: SpeakerGroup[] = [];
  if (officials.length > 0)
    groups.push({ title: 'Officials', kind: 'officials', speakers: officials });
  for (const title of outletTitles) {
    groups.push({ title, kind: 'outlet', speakers: outlets.get(title) ?? [] });
  }
  if (others.length > 0)
    groups.push({ title: 'Staff and others', kind: 'others', speakers: others });
  return groups;
}

/**
 * Tells whether every word of a query begins a word of a speaker's name, role, outlet or labels
 * (case and accents aside): "ana harb" finds Ana Ruiz of Harbor Daily.
 */
export function createSpeakerMatcher(query: string): (speaker: Speaker) => boolean {
  const words = foldText(query)
    .text.split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return () => true;
  return (speaker) => {
    // A space before each word, so that a query word matches the start of a word only.
    const text = ` ${
      foldText(
        [speaker.name, speaker.role ?? '', speaker.affiliation ?? '', ...speaker.labels].join(' '),
      ).text
    }`;
    return words.every((word) => text.includes(` ${word}`));
  };
}
