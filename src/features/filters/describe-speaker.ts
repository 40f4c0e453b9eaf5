import type { Speaker } from '../../domain/types';

/** What tells a speaker apart besides the name: an official's role, a reporter's outlet. */
export function describeSpeaker(speaker: Speaker): string {
  const details = [speaker.role, speaker.affiliation].filter(
    (detail): detail is string =>
      detail !== undefined && detail !== '' && !speaker.name.includes(detail),
  );
  return details.join(', ');
}
