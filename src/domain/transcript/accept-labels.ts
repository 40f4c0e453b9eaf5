import { isTitleLike } from './boilerplate';
import type { LabelCandidate } from './labels';
import { countryNamed, countryOfNationality } from './nationalities';
import { readRoleLabel } from './role-labels';
import { keyOf, roleWords } from './titles';

// Capitalised words that open sentences rather than name speakers ("Note:", "Thanks:", "On Iran:").
const sentenceWords = new Set(
  `thank thanks well yes no so and but now first second third finally lastly again look here there
  this that these those it i we you they he she our my your their his her its note example quote okay
  ok update correction editor source subject re answer on in at for about regarding to with from as
  of by after before during under over between what when where why how who which if then let please
  today yesterday tomorrow one two three four five all some many most also because while since until
  dear hello hi good great sure right meanwhile however therefore moreover overall again next last
  following below above see read background summary end begin`.split(/\s+/),
);
const smallKeys = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'TO', 'IN', 'AT']);
const acronym = /^\p{Lu}{2,6}$/u;
const maxWeakWords = 4;
const nameAlone = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s?){1,4}$/u;
const nameAndWhom =
  /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s?){2,4},\s(?:\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*\s?){1,5}$/u;

const firstWord = (name: string): string => {
  const space = name.indexOf(' ');
  return (space === -1 ? name : name.slice(0, space)).replace(/[.,]$/, '').toLowerCase();
};
// "Ukraine: the position has not changed." opens a sentence on a country, not a speaker's turn.
const opensSentence = (name: string): boolean =>
  sentenceWords.has(firstWord(name)) ||
  countryNamed(name) !== undefined ||
  countryOfNationality(name) !== undefined;

/**
 * Whether a label names a part rather than a person: a role word ("Moderator", "PM") or a title made
 * of office words and acronyms only ("Deputy Secretary General", "NATO Spokesperson").
 */
export function isRoleName(name: string): boolean {
  if (readRoleLabel(name) !== undefined) return true;
  let office = false;
  for (const word of name.split(/[ ,]+/)) {
    if (word.length === 0 || /^[–—-]+$/.test(word)) continue;
    const key = keyOf(word);
    if (roleWords.has(key)) {
      if (!smallKeys.has(key)) office = true;
      continue;
    }
    if (!acronym.test(word)) return false;
  }
  return office;
}

// Words that end the title of a person, not of a body: "THE PRESIDENT", "DEPUTY SPOKESPERSON";
// "SECURITY COUNCIL" alone on its line heads a section.
const personTitles = new Set(
  `SECRETARY MINISTER PRESIDENT CHAIRMAN CHAIR CHAIRWOMAN SPOKESMAN SPOKESWOMAN SPOKESPERSON
  AMBASSADOR ENVOY DIRECTOR COMMANDER ADVISER ADVISOR GOVERNOR MAYOR SENATOR REPRESENTATIVE
  OFFICIAL CHIEF HEAD GENERAL ADMIRAL SECRETARY-GENERAL`.split(/\s+/),
);

// A name alone on its line that names a part: a role label, or a title ending in a person's title.
const namesPart = (name: string): boolean => {
  if (readRoleLabel(name) !== undefined) return true;
  const last = name.split(/[ ,]+/).at(-1) ?? '';
  return isRoleName(name) && personTitles.has(keyOf(last));
};

/** Whether a label or note holds a word of an office ("Alliance Spokesperson"). */
export const hasOfficeWord = (name: string): boolean =>
  name.split(/[ ,]+/).some((word) => {
    const key = keyOf(word);
    return roleWords.has(key) && !smallKeys.has(key);
  });

const capitalisedWords = (name: string): number =>
  name.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length;

/** Where the lines of a text are blank, and what each line's label candidate is. */
export interface LabelLines {
  candidates: readonly (LabelCandidate | undefined)[];
  /** Whether the line is empty or white space only. */
  isBlank: (line: number) => boolean;
}

// A name alone on its line is a label only if speech follows: on the next line, or after one blank.
function isFollowedBySpeech(lines: LabelLines, line: number): boolean {
  const { candidates, isBlank } = lines;
  let next = line + 1;
  if (next < candidates.length && isBlank(next)) next++;
  if (next >= candidates.length || isBlank(next)) return false;
  const following = candidates[next];
  return following === undefined || following.form === 'line';
}

// Colon labels: upper-case ones always; a mixed-case one when it is a role, when the same form is
// used twice, or when the document already uses mixed-case labels and it reads like a name.
function acceptColonLabels(
  candidates: readonly (LabelCandidate | undefined)[],
  present: readonly number[],
  accepted: boolean[],
) {
  const counts = new Map<string, number>();
  for (const line of present) {
    const candidate = candidates[line];
    if (candidate?.form !== 'colon' || !candidate.mixedCase) continue;
    counts.set(candidate.name, (counts.get(candidate.name) ?? 0) + 1);
  }
  const isStrong = (name: string): boolean =>
    isRoleName(name) || ((counts.get(name) ?? 0) >= 2 && !opensSentence(name));
  let usesMixedCase = false;
  for (const name of counts.keys()) if (isStrong(name)) usesMixedCase = true;
  // "Hanna Vos (Nordic Radio):", "Mila Ross, Channel Four News:": a name with a note or a comma
  // of who they are is a label, even once.
  const isNoted = (candidate: LabelCandidate): boolean =>
    !opensSentence(candidate.name) &&
    (candidate.details === undefined ? nameAndWhom : nameAlone).test(candidate.name);
  let count = 0;
  // A weak label counts only once a sure one has opened the turns: the lines above are page text.
  let opened = false;
  for (const line of present) {
    const candidate = candidates[line];
    if (candidate?.form !== 'colon') continue;
    const { name } = candidate;
    const sure = !candidate.mixedCase || isStrong(name) || isNoted(candidate);
    const ok: boolean =
      sure ||
      ((opened || hasOfficeWord(name)) &&
        usesMixedCase &&
        !opensSentence(name) &&
        (capitalisedWords(name) <= maxWeakWords || hasOfficeWord(name)));
    opened ||= ok;
    accepted[line] = ok;
    if (ok) count++;
  }
  return count;
}

// Names alone on their lines, where the document uses that form throughout: accepted when such
// lines repeat a name, name a role or carry a timestamp at least twice, and outnumber colon labels.
function acceptNameLines(
  lines: LabelLines,
  present: readonly number[],
  accepted: boolean[],
  colonLabels: number,
): void {
  const { candidates } = lines;
  const followed: number[] = [];
  const counts = new Map<string, number>();
  for (const line of present) {
    const candidate = candidates[line];
    if (candidate?.form !== 'line' || !isFollowedBySpeech(lines, line)) continue;
    followed.push(line);
    counts.set(candidate.name, (counts.get(candidate.name) ?? 0) + 1);
  }
  if (followed.length < 2) return;
  const isStrong = (candidate: LabelCandidate): boolean =>
    !opensSentence(candidate.name) &&
    (namesPart(candidate.name) ||
      (counts.get(candidate.name) ?? 0) >= 2 ||
      candidate.timestamp !== undefined);
  const strong = followed.filter((line) => {
    const candidate = candidates[line];
    return candidate !== undefined && isStrong(candidate);
  });
  if (strong.length < 2 || strong.length < colonLabels) return;
  const firstStrong = strong[0] ?? 0;
  for (const line of followed) {
    const candidate = candidates[line];
    if (candidate === undefined || line < firstStrong) continue;
    const { name } = candidate;
    accepted[line] =
      isStrong(candidate) ||
      (!opensSentence(name) &&
        !isTitleLike(name) &&
        (capitalisedWords(name) <= maxWeakWords || hasOfficeWord(name)));
  }
}

/**
 * Decides which candidates are labels. Upper-case colon labels always are; a mixed-case one on the
 * evidence of the document (see acceptColonLabels). Colon-less forms count only where the document
 * uses them throughout: "Q" and "A" letters before the speech at least twice, names alone on their
 * lines as acceptNameLines says.
 */
export function acceptLabels(
  candidates: readonly (LabelCandidate | undefined)[],
  isBlank: (line: number) => boolean = () => false,
): boolean[] {
  const accepted = new Array<boolean>(candidates.length).fill(false);
  // One pass finds the lines with candidates: most lines of a transcript are speech.
  const present: number[] = [];
  let questions = 0;
  let answers = 0;
  for (let line = 0; line < candidates.length; line++) {
    const candidate = candidates[line];
    if (candidate === undefined) continue;
    present.push(line);
    if (candidate.form === 'question') questions++;
    if (candidate.form === 'answer') answers++;
  }
  const colonLabels = acceptColonLabels(candidates, present, accepted);
  if (questions > 0 || answers > 0) {
    const lettersInUse = questions >= 2;
    for (const line of present) {
      const form = candidates[line]?.form;
      if (form === 'question') accepted[line] = lettersInUse;
      if (form === 'answer') accepted[line] = lettersInUse && answers >= 2;
    }
  }
  acceptNameLines({ candidates, isBlank }, present, accepted, colonLabels);
  return accepted;
}
