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

/** What a turn tells the reporter resolution: its kind and its first spoken paragraph. */
export interface TurnSketch {
  kind: SpeakerKind;
  firstText?: string;
}

/** Each turn's reporter (undefined for others), and the turns that introduce or follow up. */
export interface Questioners {
  reporters: (SpeakerDraft | undefined)[];
  /** The turn hands the floor to the reporter after it (a moderator's introduction or cue). */
  introduces: boolean[];
  /** The reporter turn continues the previous question (a follow-up by the same reporter). */
  followsUp: boolean[];
}

const keyOf = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

// A turn right before a question introduces it when a moderator speaks it, or when it reads as an
// introduction ("Next question, Anna Klein, Reuters.") or a cue ("Bob, go ahead.").
function readIntroduction(turn: TurnSketch | undefined): Introduction | undefined | false {
  if (turn === undefined || turn.kind === 'reporter' || turn.firstText === undefined) return false;
  const introduction = readStaffIntroduction(turn.firstText);
  if (turn.kind === 'staff') return introduction;
  if (introduction?.name !== undefined && introduction.outlet !== undefined) return introduction;
  return isModeratorCue(turn.firstText) ? undefined : false;
}

/**
 * Resolves each reporter turn to a reporter: named by the introduction just before it or by its own
 * first words; else by outlet ("Coastal Wire reporter"); a follow-up ("And ...?") or a question
 * right after another is the previous reporter's; anyone else is a new unnamed reporter.
 */
export function resolveQuestioners(turns: readonly TurnSketch[]): Questioners {
  const known = new Map<string, SpeakerDraft>();
  const unnamed: SpeakerDraft[] = [];
  const reporters: (SpeakerDraft | undefined)[] = [];
  const introduces = turns.map(() => false);
  const followsUp = turns.map(() => false);
  let last: SpeakerDraft | undefined;
  turns.forEach((turn, index) => {
    if (turn.kind !== 'reporter') {
      reporters.push(undefined);
      return;
    }
    const introduction = readIntroduction(turns[index - 1]);
    if (introduction !== false) introduces[index - 1] = true;
    const staff = introduction === false ? undefined : introduction;
    const self = turn.firstText === undefined ? undefined : readSelfIntroduction(turn.firstText);
    const name = self?.name ?? staff?.name;
    // The moderator's outlet holds unless the reporter gave another name than the one announced.
    const sameReporter =
      self?.name === undefined ||
      (staff?.name !== undefined && keyOf(staff.name) === keyOf(self.name));
    const outlet = self?.outlet ?? (sameReporter ? staff?.outlet : undefined);
    const continues =
      introduction === false &&
      name === undefined &&
      outlet === undefined &&
      last !== undefined &&
      (reporters[index - 1] !== undefined || isFollowUp(turn.firstText ?? ''));
    if (continues) {
      followsUp[index] = true;
      reporters.push(last);
      return;
    }
    const key =
      name === undefined ? (outlet === undefined ? '' : `o:${keyOf(outlet)}`) : keyOf(name);
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
    reporters.push(draft);
  });
  // Several unnamed reporters are told apart by number, in order of appearance.
  if (unnamed.length > 1) {
    unnamed.forEach((draft, index) => (draft.name = `Unnamed reporter ${index + 1}`));
  }
  return { reporters, introduces, followsUp };
}
