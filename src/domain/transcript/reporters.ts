import { isNameWord } from './name-words';
import { countWords, isSpaceCode } from './text';

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
  // "Thanks, Tomas." greets the briefer: a greeting word is never the reporter's name.
  if (rawName !== undefined && !isNameWord(rawName.split(/\s+/)[0] ?? '')) return undefined;
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

// "Thanks, John." "Good afternoon, Mr. Price." "Hi, everyone.": a greeting that names the briefer,
// if anyone, and is no introduction; the reporter may introduce themselves in the next sentence.
const greetingSentence =
  /^(?:(?:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening)|yes|yeah|okay|ok)(?:,?\s+(?:so much|very much|again|sir|ma'am|everyone|everybody|all))?)(?:,?\s+(?:(?:mr|ms|mrs|dr|madam|madame|mister)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?\s*[.!]$/iu;
const maxSentenceLength = 200;

// The first sentence of `text` from `from` on: through the first ".", "!" or "?" that a space or the
// end follows, no further than 200 characters. Read by character codes: this runs on every question.
function firstSentence(text: string, from = 0): string {
  const stop = Math.min(text.length, from + maxSentenceLength);
  for (let index = from; index < stop; index++) {
    const code = text.charCodeAt(index);
    if (code !== 46 && code !== 33 && code !== 63) continue;
    if (index + 1 === text.length || isSpaceCode(text.charCodeAt(index + 1))) {
      return text.slice(from, index + 1);
    }
  }
  return text.slice(from, stop);
}

/** Reads a reporter's self-introduction at the start of a question: "Hi, Dana Reyes with Harbor Daily." */
export function readSelfIntroduction(
  text: string,
  cache?: Map<string, Introduction | null>,
): Introduction | undefined {
  // Only the first sentence or two can introduce; reading further risks false matches.
  const sentence = firstSentence(text);
  const known = cache?.get(sentence);
  if (known !== greeted) {
    if (known !== undefined) return known ?? undefined;
    if (!greetingSentence.test(sentence)) return readCached(selfPattern, sentence, cache);
    cache?.set(sentence, greeted);
  }
  let from = sentence.length;
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  const next = firstSentence(text, from);
  return next.length === 0 ? undefined : readCached(selfPattern, next, cache);
}

// Marks a greeting in a cache of readings: no introduction, but the next sentence may hold one.
const greeted: Introduction = {};

// Briefings repeat introductions and greetings: a cache owned by the caller reads each once.
function readCached(
  pattern: RegExp,
  text: string,
  cache: Map<string, Introduction | null> | undefined,
): Introduction | undefined {
  if (cache === undefined) return readWith(pattern, text);
  let read = cache.get(text);
  if (read === undefined) {
    read = readWith(pattern, text) ?? null;
    cache.set(text, read);
  }
  return read === greeted ? undefined : (read ?? undefined);
}

// Words of outlets' names: a label or call that holds one names an outlet, not a person.
const outletWords =
  /\b(?:agence|agencia|agenzia|presse|prensa|diario|zeitung|nachrichten|noticias|gazeta|gazzetta|giornale|corriere|courrier|quotidien|dagblad|televisi[oó]n|televis[aã]o|t[eé]l[eé]vision|news|daily|times|post|press|agency|tv|television|radio|network|broadcasting|broadcast|journal|herald|tribune|telegraph|gazette|wire|media|channel|service|group|monitor|review|weekly|magazine|observer|guardian|chronicle|star|sun|mail|express|bulletin|corporation|reporter|reports|today|world|global|international|public|online|dispatch|courier|independent|times|standard|insider|politico|focus|digest|week|info|live|24|one)\b/i;

/** Reads the note of a reporter's label: "Q (Jane Roe, Reuters)" names both, "Journalist [NHK]" the outlet. */
export function readReporterNote(note: string): Introduction | undefined {
  const read = readReporterName(note);
  if (read?.outlet !== undefined) return read;
  return read?.name === undefined ? undefined : { outlet: read.name };
}

/** Whether a name given for a reporter is an outlet's: one word ("NHK") or an outlet word. */
export function isOutletName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length === 1 || outletWords.test(name);
}

/**
 * Reads who a reporter is from a label or its note: "Jane Roe, Reuters" (name and outlet), "NHK" or
 * "Daily Star" (an outlet), "Jane Roe" (a name).
 */
export function readReporterName(text: string): Introduction | undefined {
  const trimmed = text.trim().replace(/[.]$/, '');
  if (trimmed.length === 0) return undefined;
  const parts = trimmed.split(/\s*,\s*|\s+(?:with|from|of|at)\s+(?=\p{Lu})/u);
  const [first = '', ...rest] = parts;
  if (rest.length > 0 && !outletWords.test(first)) return { name: first, outlet: rest.join(', ') };
  return isOutletName(trimmed) ? { outlet: trimmed } : { name: trimmed };
}

/** Reads a moderator's introduction of the next reporter: "Dana Reyes, Harbor Daily." */
export function readStaffIntroduction(
  text: string,
  cache?: Map<string, Introduction | null>,
): Introduction | undefined {
  if (countWords(text, maxIntroductionWords) > maxIntroductionWords) return undefined;
  // "Next, Agence Boreale.": when the words before the first comma are no name, they lead in.
  const comma = text.indexOf(',');
  const introduction =
    readCached(staffPattern, text, cache) ??
    (comma === -1 ? undefined : readCached(staffPattern, text.slice(comma + 1), cache));
  // A bare name needs two words ("Go ahead, Jeff." is too thin to name anyone reliably).
  if (introduction?.outlet === undefined && (introduction?.name?.split(' ').length ?? 0) < 2) {
    return undefined;
  }
  return introduction;
}

// A moderator's short cue that hands the floor to the next questioner.
const moderatorCue =
  /\b(?:go ahead|next question|next one|next up|who's next|(?:take|any|more|a few|your) questions?|over to you|let's go to|we'll go to|floor|one more)\b/i;
const maxCueWords = 10;

/** Whether a short turn hands the floor to the next questioner ("Bob, go ahead."). */
export function isModeratorCue(text: string): boolean {
  return (
    countWords(text, maxCueWords) <= maxCueWords && moderatorCue.test(text) && !text.includes('?')
  );
}

// "And the Taliban talks?", "Just to follow up, ..." continue the previous reporter's question.
const followUpPattern =
  /^(?:[—–]|--|\.\.\.|…)|^(?:and|but|also|so|follow(?:ing)?[- ]?up|just to follow|a follow|quick follow|one more|if i may|can i follow)\b/i;

/** Whether a question's first words mark it as a follow-up to the previous question. */
export function isFollowUp(text: string): boolean {
  let from = 0;
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  return followUpPattern.test(from === 0 ? text : text.slice(from));
}
