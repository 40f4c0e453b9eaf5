import { countWords } from './text';

/** Who a reporter is, as a moderator's introduction or the reporter's first words say. */
export interface Introduction {
  name?: string;
  outlet?: string;
}

const nameWord = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const particle = String.raw`(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el)`;
const personName = String.raw`(?<name>${nameWord}(?:\s+(?:${nameWord}|${particle}))*|[([]inaudible[)\]])`;
const outletWord = String.raw`[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&/-]*`;
const outlet = String.raw`(?<outlet>${outletWord}(?:\s+(?:&|and|of|the|for|de|del|di|la|le|${outletWord}))*)`;
const joiner = String.raw`\s*(?:,|\s(?:with|from|of|at|for))\s+`;
// The introduction must end its sentence: "Dana Reyes, Harbor Daily." or "... Harbor Daily" at the end.
const sentenceEnd = String.raw`(?:\s*$|(?<=[.!])(?=\s))`;

const greeting = String.raw`(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Yy]es|[Yy]eah|[Gg]ood (?:morning|afternoon|evening)|[Tt]hank you|[Tt]hanks)(?:,?\s+(?:sir|ma'am|everyone|everybody|all|very much))?[,.!]?\s+)*`;
const selfName = String.raw`(?:(?:I'm|I am|[Tt]his is|[Ii]t's|[Mm]y name is)\s+)?`;
// A reporter may first address the official: "Jane, Tom Lee from Daily Planet."
const address = String.raw`(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s+)?`;
const selfPattern = new RegExp(
  String.raw`^${greeting}${address}${selfName}${personName}${joiner}${outlet}${sentenceEnd}`,
  'u',
);
// A moderator may lead in: "Next question, Dana Reyes, Harbor Daily." / "Go ahead, Jeff." The lead-in
// is tried last (`??`), or "Dana Reyes, Harbor Daily." would read as a lead-in and the name "Harbor Daily".
const staffPattern = new RegExp(
  String.raw`^(?:[^.?!]{0,60}?[,:]\s+)??${personName}(?:${joiner}${outlet})?\s*[.!]?\s*$`,
  'u',
);

const maxIntroductionWords = 16;
// Words that address an official rather than name a reporter ("Mr. Secretary, NATO ...").
const addressWords =
  /^(?:mr|mister|mrs|ms|madam|madame|sir|secretary|minister|general|admiral|ambassador|president|chairman|senator)\b/i;

const clean = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  // Drop the sentence's full stop but keep an abbreviation's ("U.S.").
  const trimmed = text.trim().replace(/(?<![.\s]\p{Lu})\.$/u, '');
  return trimmed.length === 0 ? undefined : trimmed;
};

function readWith(pattern: RegExp, text: string): Introduction | undefined {
  if (countWords(text, maxIntroductionWords * 2) > maxIntroductionWords * 2) return undefined;
  const first = text.trim();
  const groups = pattern.exec(first)?.groups;
  if (groups === undefined) return undefined;
  const rawName = clean(groups.name);
  const introduction: Introduction = {};
  const outletName = clean(groups.outlet);
  if (rawName !== undefined && !/inaudible/i.test(rawName)) {
    if (addressWords.test(rawName)) return undefined;
    introduction.name = rawName;
  }
  if (outletName !== undefined) introduction.outlet = outletName;
  return introduction.name === undefined && introduction.outlet === undefined
    ? undefined
    : introduction;
}

/** Reads a reporter's self-introduction at the start of a question: "Hi, Dana Reyes with Harbor Daily." */
export function readSelfIntroduction(text: string): Introduction | undefined {
  // Only the first sentence or two can introduce; reading further risks false matches.
  const head = text.slice(0, 200);
  const sentence = /^.*?[.!?](?=\s|$)/su.exec(head)?.[0] ?? head;
  return readWith(selfPattern, sentence);
}

/** Reads a moderator's introduction of the next reporter: "Dana Reyes, Harbor Daily." */
export function readStaffIntroduction(text: string): Introduction | undefined {
  if (countWords(text, maxIntroductionWords) > maxIntroductionWords) return undefined;
  const introduction = readWith(staffPattern, text);
  // A bare name needs two words ("Go ahead, Jeff." is too thin to name anyone reliably).
  if (introduction?.outlet === undefined && (introduction?.name?.split(' ').length ?? 0) < 2) {
    return undefined;
  }
  return introduction;
}

// A moderator's short cue that hands the floor to the next questioner.
const moderatorCue =
  /\b(?:go ahead|next question|next|questions?|over to you|let's go to|we'll go to|floor|one more)\b/i;
const maxCueWords = 10;

/** Whether a short turn hands the floor to the next questioner ("Bob, go ahead."). */
export function isModeratorCue(text: string): boolean {
  return (
    countWords(text, maxCueWords) <= maxCueWords && moderatorCue.test(text) && !text.includes('?')
  );
}

// "And the Taliban talks?", "Just to follow up, ..." continue the previous reporter's question.
const followUpPattern =
  /^(?:and|but|also|so|follow(?:ing)?[- ]?up|just to follow|a follow|quick follow|one more|if i may|can i follow)\b/i;

/** Whether a question's first words mark it as a follow-up to the previous question. */
export function isFollowUp(text: string): boolean {
  return followUpPattern.test(text.trim());
}
