import { type LabelCandidate, createLabelReader } from './labels';
import { acceptLabels } from './accept-labels';
import { type SpeakerDraft, kindOfLabel } from './speakers';
import type { LabelEntry } from './label-people';
import { type RawTurn } from './body';
import { isMetadataKey, isMetadataLine } from './dates';
import { type TurnSketch } from './questioners';
import { type LineIndex, countWordsIn, isSpaceCode } from './text';
import { readReporterNote } from './reporters';
import { readRoleLabel } from './role-labels';
import { type SpeakerKind } from '../types';

// How the labels of one input are found and used: where turns start, each label's turns, questions
// and words, and what naming the reporters needs.

/** Labels decide where turns start. Before the first turn, "Presenter:"-style lines are metadata. */
export function findLabels(input: string, index: LineIndex) {
  const count = index.starts.length;
  const candidates: (LabelCandidate | undefined)[] = new Array<LabelCandidate | undefined>(count);
  const readLabel = createLabelReader(input);
  for (let line = 0; line < count; line++) {
    candidates[line] = readLabel(index.starts[line] ?? 0, index.ends[line] ?? 0);
  }
  const isBlank = (line: number): boolean => {
    const end = index.ends[line] ?? 0;
    for (let at = index.starts[line] ?? 0; at < end; at++) {
      if (!isSpaceCode(input.charCodeAt(at))) return false;
    }
    return true;
  };
  const accepted = acceptLabels(candidates, isBlank);
  const labels: (LabelCandidate | undefined)[] = new Array<LabelCandidate | undefined>(count);
  let firstTurnLine = count;
  let labelled = 0;
  for (let line = 0; line < count; line++) {
    const candidate = candidates[line];
    if (candidate === undefined || accepted[line] !== true) continue;
    if (firstTurnLine === count) {
      const text = input.slice(index.starts[line] ?? 0, index.ends[line] ?? 0);
      if (isMetadataLine(text) || isMetadataKey(text)) continue;
      firstTurnLine = line;
    }
    labels[line] = candidate;
    labelled++;
  }
  const rejected = candidates.filter(
    (candidate, line): candidate is LabelCandidate =>
      candidate?.form === 'colon' && accepted[line] !== true && line > firstTurnLine,
  );
  return { labels, labelled, firstTurnLine, rejected };
}

const maxCountedWords = 10;
export const maxNamingLines = 20;

/** Each distinct label with how it is used: turns, questions asked, words, where it first speaks. */
export function measureLabels(input: string, turns: readonly RawTurn[]): Map<string, LabelEntry> {
  const entries = new Map<string, LabelEntry>();
  // The next "?" at or after the current turn, found once for all turns in order.
  let mark = -2;
  turns.forEach((turn, position) => {
    const first = turn.paragraphs[0];
    const last = turn.paragraphs.at(-1);
    const label = turn.label;
    let entry = entries.get(label.label);
    if (entry === undefined) {
      entry = { label: label.label, name: label.name };
      if (label.details !== undefined) entry.details = label.details;
      entry.use = { turns: 0, questions: 0, words: 0, first: position };
      entries.set(label.label, entry);
    }
    const use = entry.use;
    if (use === undefined) return;
    use.turns++;
    if (first === undefined || last === undefined) return;
    if (mark !== -1 && mark < first.start) mark = input.indexOf('?', first.start);
    if (mark !== -1 && mark < last.end) use.questions++;
    use.words += countWordsIn(input, first.start, first.end, maxCountedWords);
  });
  return entries;
}

/**
 * What the reporter resolution needs: every turn's kind, and the texts of questions and of the
 * turns right before them (where a moderator introduces or calls on the next reporter).
 */
export function sketchQuestions(
  turns: readonly RawTurn[],
  byLabel: ReadonlyMap<string, SpeakerDraft>,
): TurnSketch[] {
  // Each label's kind read once: a long briefing repeats a handful of labels thousands of times.
  const kindByLabel = new Map<string, SpeakerKind>();
  const kinds = turns.map((turn) => {
    let kind = kindByLabel.get(turn.label.label);
    if (kind === undefined) {
      kind = byLabel.get(turn.label.label)?.kind ?? kindOfLabel(turn.label.name);
      kindByLabel.set(turn.label.label, kind);
    }
    return kind;
  });
  // Turns far from any question say nothing but their kind: one sketch of each kind serves them.
  const plain = new Map<SpeakerKind, TurnSketch>();
  return turns.map((turn, position) => {
    const kind = kinds[position] ?? 'unknown';
    if (kind !== 'reporter' && kinds[position + 1] !== 'reporter') {
      let shared = plain.get(kind);
      if (shared === undefined) {
        shared = { kind };
        plain.set(kind, shared);
      }
      return shared;
    }
    const sketch: TurnSketch = { kind, label: turn.label.label };
    let spoken = 0;
    for (const paragraph of turn.paragraphs) {
      if (paragraph.stage) continue;
      sketch.firstText ??= paragraph.text;
      sketch.lastText = paragraph.text;
      spoken++;
    }
    sketch.paragraphs = spoken;
    if (kind !== 'reporter') return sketch;
    const draft = byLabel.get(turn.label.label);
    if (draft?.kind === 'reporter') sketch.reporter = draft;
    if (readRoleLabel(turn.label.name)?.followUp === true) sketch.followUp = true;
    const details = turn.label.details;
    // A note on a reporter's label names the outlet, or the reporter and outlet after a comma.
    const introduction = details === undefined ? undefined : readReporterNote(details);
    if (introduction !== undefined) sketch.labelIntroduction = introduction;
    return sketch;
  });
}
