import { countryNamed, countryOfNationality } from './nationalities';
import { isNameWord } from './name-words';
import type { Introduction } from './reporters';
import { isOutletName } from './reporters';
import { isSpaceCode } from './text';

/**
 * What the last words of a moderator's or briefer's turn say about the next questioner: a reporter
 * called by name ("Courtney?", "Nancy, go ahead.", "On the phone, Jane Roe, Coastal Wire."), someone
 * called without a name ("Yes, in the back."), or nothing.
 */
export type Call = Introduction | 'unnamed';

/** A call, and whether it is all the text says ("Courtney?" alone, not after an answer). */
export interface CallReading {
  call: Call;
  alone: boolean;
}

const maxCallLength = 160;
const maxNameWords = 4;

// Words that lead into a call: "Yes, Jane." "Let's go to Jane Roe." "On the phone, Jane Roe, Coastal Wire."
const leadIn =
  /^(?:with that|and with that|so with that|let's start with|let's begin with|we'll start with|we will start with|I'll start with|I will start with|starting with|to start|first(?: question)?|let's|yes|yeah|yep|okay|ok|all right|alright|sure|right|and|please|next|now|so|then|go ahead|over to|back to|let's go to|let's go over to|let me go to|let me go over to|let's take|let me take|we'll go to|we will go to|we'll take|I'll go to|I will go to|I'll take|going to|turning to|on the (?:phone|line|telephone)s?|in the (?:room|back|front|middle)|online|and then|and next|next up|last question|final question|one more|last one|(?:the|our) (?:next|last|final) question(?: (?:is|comes|will come|goes|will go))?(?: (?:from|to))?|(?:from )?the line of|(?:from )?the phones?)(?:[,:.]\s*|\s+)/i;
// Words after the name that hand over the floor: "Jane, go ahead." "Phil, you're up."
const cue =
  /(?:,?\s+|^)(?:go ahead|please|yes|you're up|you are up|your turn|you have the floor|you're next|over to you|welcome|welcome back|first|last one|(?:you|you've|you have|you had) (?:got )?(?:one|another|a question|a follow-up|your hand up|the (?:next|last|final) (?:one|question))(?: more)?|the (?:last|final) question)\s*[.!?]*$/i;
// "Yes, in the back." "Yes, sir." "The gentleman in the front.": the floor handed without a name.
const unnamedCall =
  /^(?:(?:yes|yeah|okay|ok|sure|go ahead|please)[,.]?\s+)?(?:(?:the )?(?:gentleman|lady|woman|man|person|journalist|reporter|colleague)(?: (?:in|at|on) the (?:back|front|middle|side|aisle|corner|end)| there| here)?|(?:in|at) the (?:back|front|middle|side|aisle|corner)|sir|ma'am|madam|over here|over there|right here|right there|behind you)\s*[.!?]*$/i;

const nameSource = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+|de|da|van|von|al|el|bin|le|la|di|du|del|della)){0,3}|\p{Lu}{2,6})`;
const outletSource = String.raw`[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&/-]*(?:\s+(?:&|and|of|the|for|de|del|di|la|le|[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&/-]*))*`;
const corePattern = new RegExp(
  String.raw`^(?<name>${nameSource})(?:(?:,\s*|\s+(?:with|from|of|at)\s+(?:the\s+)?)(?<outlet>${outletSource}))?\s*(?<stop>[.?!]*)$`,
  'u',
);

// Where the last sentence of a text starts: after the last full stop, question or exclamation mark
// that ends a sentence (not an abbreviation's period), no further back than a call can reach.
function lastSentence(text: string): string | undefined {
  let at = text.length - 1;
  while (at >= 0 && '.?!"”’)'.includes(text.charAt(at))) at--;
  const stop = Math.max(0, text.length - maxCallLength);
  for (; at > stop; at--) {
    const code = text.charCodeAt(at);
    if ((code !== 46 && code !== 63 && code !== 33) || !isSpaceCode(text.charCodeAt(at + 1))) {
      continue;
    }
    if (code === 46 && endsAbbreviation(text, at)) continue;
    return text.slice(at + 1).trim();
  }
  return at <= 0 ? text.trim() : undefined;
}

// "Mr.", "Gen.", "U.S." or an initial before the period: the sentence goes on.
function endsAbbreviation(text: string, period: number): boolean {
  let from = period;
  while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, period);
  return word.includes('.') || /^\p{Lu}\p{Ll}{0,2}$/u.test(word);
}

function readCore(core: string, led: boolean): Call | undefined {
  const groups = corePattern.exec(core)?.groups;
  if (groups === undefined) return undefined;
  const name = groups.name ?? '';
  const words = name.split(/\s+/);
  if (words.length > maxNameWords) return undefined;
  if (words.some((word) => !isNameWord(word))) return undefined;
  // A lone word ending the answer may be a place said again ("Ukraine."): a call needs a lead-in,
  // a question mark, or a word that names no country.
  const place = countryNamed(name) !== undefined || countryOfNationality(name) !== undefined;
  if (place && !led) return undefined;
  const outlet = groups.outlet?.trim().replace(/(?<![.\s]\p{Lu})\.$/u, '');
  if (
    outlet === undefined &&
    (/^\p{Lu}{2,6}$/u.test(name) || (words.length > 1 && isOutletName(name)))
  ) {
    return { outlet: name };
  }
  const call: Introduction = { name };
  if (outlet !== undefined && outlet.length > 0) call.outlet = outlet;
  return call;
}

/**
 * Reads a call of the next questioner from the last sentence of a turn (its last paragraph):
 * "Courtney?", "Phil.", "Nancy, go ahead.", "On the phone, Jane Roe, Coastal Wire." A first name alone
 * stays a first name; an acronym alone is an outlet ("HTV?").
 */
export function readCall(text: string, cache?: Map<string, Call | null>): CallReading | undefined {
  const whole = text.trim();
  let sentence = lastSentence(whole);
  if (sentence === undefined || sentence.length === 0) return undefined;
  if (unnamedCall.test(sentence)) return { call: 'unnamed', alone: sentence === whole };
  // "Jane. Go ahead.": a cue alone hands the floor to the name in the sentence before.
  if (endsInCue(sentence) && sentence.replace(cue, '').trim().length === 0) {
    const before = whole.slice(0, whole.length - sentence.length).trimEnd();
    sentence = before.length === 0 ? undefined : lastSentence(before);
    if (sentence === undefined) return undefined;
  }
  const alone = whole.startsWith(sentence);
  // Briefings repeat their calls ("Next question."): a cache read each sentence once.
  let call = cache?.get(sentence);
  if (call === undefined) {
    call = readSentence(sentence) ?? null;
    cache?.set(sentence, call);
  }
  return call === null ? undefined : { call, alone };
}

// The last word of every cue: a sentence that ends otherwise is read without the cue pattern.
const cueEndings = new Set(
  'ahead please yes up turn floor next you welcome back first one question more follow-up hand'.split(
    ' ',
  ),
);

function endsInCue(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && '.!? '.includes(sentence.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(sentence.charCodeAt(start - 1))) start--;
  return cueEndings.has(sentence.slice(start, end).toLowerCase());
}

// Reads the call a sentence makes: lead-in words, a name (and outlet), cue words.
function readSentence(sentence: string): Call | undefined {
  let core = endsInCue(sentence) ? sentence.replace(cue, '') : sentence;
  let led = core.length < sentence.length;
  for (let count = 0; count < 3; count++) {
    const lead = leadIn.exec(core);
    if (lead === null) break;
    core = core.slice(lead[0].length);
    led = true;
  }
  if (!led && !sentence.endsWith('?') && !sentence.endsWith('.')) return undefined;
  return readCore(core.trim(), led || sentence.endsWith('?'));
}
