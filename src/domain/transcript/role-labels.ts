import type { SpeakerKind } from '../types';

/** What a label that names a part rather than a person says: its kind, and a name to show. */
export interface RoleLabel {
  kind: SpeakerKind;
  /** The name to show for a label that stands for an office ("PM" -> "Prime Minister"). */
  name?: string;
  /** The label marks a follow-up question by the reporter before ("Follow-up:"). */
  followUp?: boolean;
}

const reporterLabels = [
  'Q',
  'QUESTION',
  'QUESTIONS',
  'QUESTIONER',
  'REPORTER',
  'REPORTERS',
  'JOURNALIST',
  'JOURNALISTS',
  'PRESS',
  'MEDIA',
  'CORRESPONDENT',
];
const followUpLabels = ['FOLLOW-UP', 'FOLLOW UP', 'FOLLOWUP', 'FOLLOW-UP QUESTION'];
const staffLabels = [
  'STAFF',
  'MODERATOR',
  'OPERATOR',
  'ANNOUNCER',
  'HOST',
  'CO-HOST',
  'INTERPRETER',
  'TRANSLATOR',
  'MC',
  'EMCEE',
  'MASTER OF CEREMONIES',
  'NARRATOR',
  'FACILITATOR',
  'PRESS OFFICER',
  'PRESS AIDE',
  'AIDE',
];
/** The name shown for "A:" (an answer): the official answering, whoever that is. */
export const answeringOfficial = 'Answering official';

// Offices written as letters: the label names the part, not the person.
const officeLetters: readonly (readonly [string, string])[] = [
  ['A', answeringOfficial],
  ['ANSWER', answeringOfficial],
  ['PM', 'Prime Minister'],
  ['DPM', 'Deputy Prime Minister'],
  ['FM', 'Foreign Minister'],
  ['SG', 'Secretary-General'],
  ['DSG', 'Deputy Secretary-General'],
  ['VP', 'Vice President'],
  ['SPOX', 'Spokesperson'],
];

const table = new Map<string, RoleLabel>([
  ...reporterLabels.map((key): [string, RoleLabel] => [key, { kind: 'reporter' }]),
  ...followUpLabels.map((key): [string, RoleLabel] => [key, { kind: 'reporter', followUp: true }]),
  ...staffLabels.map((key): [string, RoleLabel] => [key, { kind: 'staff' }]),
  ...officeLetters.map(([key, name]): [string, RoleLabel] => [key, { kind: 'official', name }]),
]);

// "UNKNOWN", "(UNIDENTIFIED SPEAKER)", "SPEAKER 2", "FEMALE VOICE", "MULTIPLE SPEAKERS", "OFF-MIC".
const unknownPattern =
  /^(?:(?:UNKNOWN|UNIDENTIFIED|INAUDIBLE|CROSSTALK|OFF[- ]MIKE?|OFF[- ]MIC|OFF[- ]CAMERA)\b|(?:(?:MALE|FEMALE|MAN|WOMAN|AUDIENCE|MULTIPLE|ANOTHER|OTHER)\s+)?(?:VOICES?|SPEAKERS?|PARTICIPANTS?|AUDIENCE(?:\s+MEMBERS?)?|MEMBERS?)(?:\s+(?:\d{1,3}|[A-Z]|#\d{1,3}))?$)/;

/** A label name as a look-up key: upper case, without periods, brackets or doubled spaces. */
export function roleKeyOf(name: string): string {
  return name
    .replace(/[().[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/** What a label that names a part says ("Q", "MODERATOR", "PM", "SPEAKER 2"), or undefined. */
export function readRoleLabel(name: string): RoleLabel | undefined {
  const key = roleKeyOf(name);
  const known = table.get(key);
  if (known !== undefined) return known;
  if (key.endsWith(' STAFF')) return { kind: 'staff' };
  if (unknownPattern.test(key)) return { kind: 'unknown' };
  return undefined;
}
