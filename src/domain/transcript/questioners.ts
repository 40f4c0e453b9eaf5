import type { Call } from './calls';
import { readCall } from './calls';
import type { SpeakerDraft } from './speakers';
import type { Introduction } from './reporters';
import {
  isFollowUp,
  isModeratorCue,
  readSelfIntroduction,
  readStaffIntroduction,
} from './reporters';
import { slugify } from './text';
import type { SpeakerKind } from '../types';

/** What a turn tells the reporter resolution. Texts are needed of questions and the turns before. */
export interface TurnSketch {
  kind: SpeakerKind;
  /** The label as written: a question under another label than the last one is another's. */
  label?: string;
  /** The first spoken paragraph. */
  firstText?: string;
  /** The last spoken paragraph, where a moderator calls on the next reporter. */
  lastText?: string;
  /** How many spoken paragraphs the turn has. */
  paragraphs?: number;
  /** A reporter the label itself names ("HARBORWIRE:", "Jane Roe (Daily Star):"). */
  reporter?: SpeakerDraft;
  /** Who the label's note says the reporter is ("Q (Jane Roe, Coastal Wire):"). */
  labelIntroduction?: Introduction;
  /** The label marks a follow-up question ("Follow-up:"). */
  followUp?: boolean;
}

/** Each turn's reporter (undefined for others), and the turns that introduce or follow up. */
export interface Questioners {
  reporters: (SpeakerDraft | undefined)[];
  /** The turn hands the floor to the reporter after it (a moderator's introduction or cue). */
  introduces: boolean[];
  /** The reporter turn continues the previous question (a follow-up by the same reporter). */
  followsUp: boolean[];
}

// "Go ahead." "Please, go on.": the floor stays with whoever has it.
const continueCue =
  /^(?:(?:yes|yeah|sure|okay|ok|please|go ahead|go on|carry on|finish|continue|sorry)[,.!]?\s*)+$/i;

const maxIntroductionLength = 200;

/**
 * What one resolution has read already: briefings repeat their introductions, calls and greetings,
 * and a long one would read each thousands of times.
 */
interface Readings {
  staff: Map<string, Introduction | null>;
  self: Map<string, Introduction | null>;
  calls: Map<string, Call | null>;
  keys: Map<string, string>;
}

// A name as a look-up key: lower case, single spaces.
function keyOf(text: string, readings: Readings): string {
  let key = readings.keys.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/\s+/g, ' ');
    readings.keys.set(text, key);
  }
  return key;
}

// A turn right before a question introduces it when a moderator speaks it, or when it reads as an
// introduction ("Next question, Anna Klein, Coastal Wire.") or a cue ("Bob, go ahead.").
function readIntroduction(
  turn: TurnSketch | undefined,
  readings: Readings,
): Introduction | undefined | false {
  if (turn === undefined || turn.kind === 'reporter' || turn.firstText === undefined) return false;
  // An introduction or a cue is a few words: an official's long answer is neither.
  if (turn.kind !== 'staff' && turn.firstText.length > maxIntroductionLength) return false;
  const introduction = readStaffIntroduction(turn.firstText, readings.staff);
  if (turn.kind === 'staff') return introduction;
  if (introduction?.name !== undefined && introduction.outlet !== undefined) return introduction;
  return isModeratorCue(turn.firstText) ? undefined : false;
}

/** How the turn before a question hands over the floor. */
interface Handover {
  /** The turn before is nothing but the handover: it opens the question's exchange. */
  introduces: boolean;
  /** Someone else named or called the questioner (undefined fields: called without a name). */
  by?: Introduction;
  /** The floor goes to someone new ("Yes, in the back."), not back to the one who has it. */
  newcomer: boolean;
}

// The introduction rules first (a staff turn, "Next question, Name, Outlet.", a cue); then a call at
// the end of the turn before ("...we will see. Courtney?"), which names a reporter the same way.
function readHandover(turn: TurnSketch | undefined, readings: Readings): Handover | undefined {
  const introduction = readIntroduction(turn, readings);
  if (introduction !== undefined && introduction !== false) {
    return { introduces: true, by: introduction, newcomer: true };
  }
  const reading =
    turn?.lastText === undefined ? undefined : readCall(turn.lastText, readings.calls);
  if (reading === undefined) {
    if (introduction === false) return undefined;
    // "Go ahead." lets whoever has the floor go on; other cues bring in someone unnamed.
    const newcomer = !continueCue.test(turn?.firstText ?? '');
    return { introduces: true, by: {}, newcomer };
  }
  const { call } = reading;
  // A call after an answer ("...for observers. Nancy, go ahead.") leaves the turn with the answer.
  const alone = turn?.kind === 'staff' || (turn?.paragraphs === 1 && reading.alone);
  return { introduces: alone, by: call === 'unnamed' ? {} : call, newcomer: true };
}

// "Courtney" called once and "Courtney Kube" later are one reporter when no one else shares the
// first name: the first-name draft gives way to the full one.
function mergeFirstNames(
  reporters: (SpeakerDraft | undefined)[],
  known: Map<string, SpeakerDraft>,
) {
  const full = new Map<string, SpeakerDraft[]>();
  for (const [key, draft] of known) {
    const space = key.indexOf(' ');
    if (space === -1 || key.startsWith('o:')) continue;
    const first = key.slice(0, space);
    full.set(first, [...(full.get(first) ?? []), draft]);
  }
  const replace = new Map<SpeakerDraft, SpeakerDraft>();
  for (const [key, draft] of known) {
    const matches = full.get(key);
    const only = matches?.length === 1 ? matches[0] : undefined;
    if (key.includes(' ') || only === undefined) continue;
    replace.set(draft, only);
    if (only.affiliation === undefined && draft.affiliation !== undefined) {
      only.affiliation = draft.affiliation;
    }
  }
  if (replace.size === 0) return;
  reporters.forEach((draft, index) => {
    if (draft !== undefined) reporters[index] = replace.get(draft) ?? draft;
  });
}

/**
 * Resolves each reporter turn to a reporter: named by the introduction or call just before it, by
 * its label or by its own first words; else by outlet ("Coastal Wire reporter"). A follow-up ("And
 * ...?"), a question right after another, or a question under the same label as the reporter whom
 * someone called is that reporter's; anyone else is a new unnamed reporter.
 */
export function resolveQuestioners(turns: readonly TurnSketch[]): Questioners {
  const known = new Map<string, SpeakerDraft>();
  const unnamed: SpeakerDraft[] = [];
  const reporters: (SpeakerDraft | undefined)[] = [];
  const introduces = turns.map(() => false);
  const followsUp = turns.map(() => false);
  let last: SpeakerDraft | undefined;
  let lastLabel: string | undefined;
  // The last reporter was called on by someone else: unintroduced questions stay theirs.
  let called = false;
  const readings: Readings = {
    staff: new Map(),
    self: new Map(),
    calls: new Map(),
    keys: new Map(),
  };
  turns.forEach((turn, index) => {
    if (turn.kind !== 'reporter') {
      reporters.push(undefined);
      return;
    }
    const handover = readHandover(turns[index - 1], readings);
    if (handover?.introduces === true) introduces[index - 1] = true;
    const staff = handover?.by;
    const fixed = turn.reporter;
    if (fixed !== undefined) {
      followsUp[index] = fixed === last && (handover === undefined || turn.followUp === true);
      last = fixed;
      lastLabel = turn.label;
      called = handover !== undefined;
      reporters.push(fixed);
      return;
    }
    const self =
      turn.labelIntroduction ??
      (turn.firstText === undefined
        ? undefined
        : readSelfIntroduction(turn.firstText, readings.self));
    // "Next, Agence Boreale." then "Journalist [Agence Boreale]:": the name called is the outlet.
    const calledOutlet =
      staff?.name !== undefined &&
      self?.outlet !== undefined &&
      keyOf(staff.name, readings) === keyOf(self.outlet, readings);
    const name = self?.name ?? (calledOutlet ? undefined : staff?.name);
    // The moderator's outlet holds unless the reporter gave another name than the one announced.
    const sameReporter =
      self?.name === undefined ||
      (staff?.name !== undefined &&
        (keyOf(staff.name, readings) === keyOf(self.name, readings) ||
          keyOf(self.name, readings).startsWith(`${keyOf(staff.name, readings)} `)));
    const outlet = self?.outlet ?? (sameReporter ? staff?.outlet : undefined);
    const previous = turns[index - 1];
    const sameLabel = called && turn.label === lastLabel;
    const continues =
      last !== undefined &&
      (turn.followUp === true ||
        (name === undefined &&
          outlet === undefined &&
          (handover === undefined
            ? previous?.kind === 'reporter' || isFollowUp(turn.firstText ?? '') || sameLabel
            : !handover.newcomer && sameLabel)));
    if (continues) {
      // "Go ahead." to the reporter who has the floor opens no new exchange.
      if (handover !== undefined) introduces[index - 1] = false;
      followsUp[index] = true;
      reporters.push(last);
      return;
    }
    const key =
      name === undefined
        ? outlet === undefined
          ? ''
          : `o:${keyOf(outlet, readings)}`
        : keyOf(name, readings);
    let draft = key === '' ? undefined : known.get(key);
    if (draft === undefined) {
      draft = {
        name: name ?? (outlet === undefined ? 'Unnamed reporter' : `${outlet} reporter`),
        kind: 'reporter',
        labels: [],
        idBase: `r-${slugify(name ?? outlet ?? '') || `unnamed-${unnamed.length + 1}`}`,
      };
      if (outlet !== undefined) draft.affiliation = outlet;
      if (key === '') unnamed.push(draft);
      else known.set(key, draft);
    } else if (draft.affiliation === undefined && outlet !== undefined) {
      draft.affiliation = outlet;
    }
    last = draft;
    lastLabel = turn.label;
    called = handover !== undefined;
    reporters.push(draft);
  });
  mergeFirstNames(reporters, known);
  // Several unnamed reporters are told apart by number, in order of appearance.
  if (unnamed.length > 1) {
    unnamed.forEach((draft, index) => (draft.name = `Unnamed reporter ${index + 1}`));
  }
  return { reporters, introduces, followsUp };
}
