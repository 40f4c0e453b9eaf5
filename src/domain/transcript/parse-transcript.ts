import { defaultTopics } from '../../content/topics';
import type { ExchangeTurn } from './exchanges';
import {
  groupExchanges,
  isCourteous,
  maxClosingWords as closingWords,
  nameQuestioner,
  noTopics,
} from './exchanges';
import type { LabelCandidate } from './labels';
import { createLabelReader } from './labels';
import { acceptLabels } from './accept-labels';
import type { LabelEntry, SpeakerDraft } from './speakers';
import { kindOfLabel, resolveLabelSpeakers } from './speakers';
import { defaultMatcher } from '../topics/default-matcher';
import { compileTopics, orderTopics } from '../topics/match';
import type { RawTurn } from './body';
import { noMentions, readTurns } from './body';
import { isMetadataKey, isMetadataLine } from './dates';
import { readFrontMatter } from './front-matter';
import { checkInput, reportLabels } from './diagnostics';
import { tagParagraphs } from './mentions';
import type { Questioners, TurnSketch } from './questioners';
import { resolveQuestioners } from './questioners';
import type { LineIndex } from './text';
import { readReporterNote } from './reporters';
import { readRoleLabel } from './role-labels';
import { isFooterLine, isShortLine } from './boilerplate';
import { countWords, countWordsIn, indexLines, isSpaceCode, trimSpan } from './text';
import type {
  Block,
  Diagnostic,
  Mention,
  Paragraph,
  Speaker,
  SpeakerId,
  SpeakerKind,
  Source,
  Topic,
  Transcript,
  Turn,
  TurnId,
} from '../types';

/** Options of parseTranscript. */
export interface ParseTranscriptOptions {
  /** Topics to tag; the shipped topic list by default. */
  topics?: readonly Topic[];
}

// Labels decide where turns start. Before the first turn, "Presenter:"-style lines are metadata.
function findLabels(input: string, index: LineIndex) {
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
const maxNamingLines = 20;

// Each distinct label with how it is used: turns, questions asked, words, where it first speaks.
function measureLabels(input: string, turns: readonly RawTurn[]): Map<string, LabelEntry> {
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

// What the reporter resolution needs: every turn's kind, and the texts of questions and of the
// turns right before them (where a moderator introduces or calls on the next reporter).
function sketchQuestions(
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

// Lines of a paragraph as trimmed blocks, in input offsets.
function linesOf(input: string, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  for (const match of input.slice(start, end).matchAll(/[^\r\n]+/g)) {
    const span = trimSpan(input, start + match.index, start + match.index + match[0].length);
    if (span.end > span.start) {
      blocks.push({ kind: 'boilerplate', text: input.slice(span.start, span.end), ...span });
    }
  }
  return blocks;
}

// A page's footer copied after the last turn ("The White House", an address, menu words) is set
// aside like the furniture before the title: the run of short lines at the end, from the first
// footer line in it on. The last turn keeps at least its first paragraph.
function setAsideFooter(input: string, turns: readonly RawTurn[]): Block[] {
  const last = turns.at(-1);
  if (last === undefined) return [];
  const paragraphs = last.paragraphs;
  let from = paragraphs.length;
  while (from > 1) {
    const paragraph = paragraphs[from - 1];
    if (paragraph === undefined || paragraph.stage) break;
    const lines = linesOf(input, paragraph.start, paragraph.end);
    if (!lines.every((line) => isShortLine(line.text))) break;
    from--;
  }
  let footer = from;
  while (footer < paragraphs.length) {
    const paragraph = paragraphs[footer];
    if (paragraph === undefined) break;
    if (linesOf(input, paragraph.start, paragraph.end).some((line) => isFooterLine(line.text))) {
      break;
    }
    footer++;
  }
  const blocks = paragraphs
    .slice(footer)
    .flatMap((paragraph) => linesOf(input, paragraph.start, paragraph.end));
  paragraphs.length = Math.min(paragraphs.length, footer);
  return blocks;
}

// Speakers in order of first appearance, with readable ids made unique by a "-2" suffix.
function nameSpeakers(drafts: readonly SpeakerDraft[], turns: readonly RawTurn[]) {
  const speakers: Speaker[] = [];
  const ids = new Map<SpeakerDraft, SpeakerId>();
  const byDraft = new Map<SpeakerDraft, Speaker>();
  const seenLabels = new Map<Speaker, Set<string>>();
  const used = new Set<string>();
  drafts.forEach((draft, position) => {
    const label = turns[position]?.label.label ?? '';
    let speaker = byDraft.get(draft);
    if (speaker === undefined) {
      let id = draft.idBase;
      for (let suffix = 2; used.has(id); suffix++) id = `${draft.idBase}-${suffix}`;
      used.add(id);
      ids.set(draft, id as SpeakerId);
      speaker = { id: id as SpeakerId, name: draft.name, kind: draft.kind, labels: [] };
      if (draft.role !== undefined) speaker.role = draft.role;
      if (draft.affiliation !== undefined) speaker.affiliation = draft.affiliation;
      speakers.push(speaker);
      byDraft.set(draft, speaker);
    }
    // A Set, not labels.includes: a document may hold thousands of distinct labels.
    let seen = seenLabels.get(speaker);
    if (seen === undefined) {
      seen = new Set();
      seenLabels.set(speaker, seen);
    }
    if (!seen.has(label)) {
      seen.add(label);
      speaker.labels.push(label);
    }
  });
  return { speakers, ids };
}

// A title made from what is known when no line names the event: who spoke, when, or who published.
function makeTitle(speakers: readonly Speaker[], dateText?: string, source?: Source): string {
  const officials = speakers.filter((speaker) => speaker.kind === 'official');
  const names = officials.slice(0, 2).map((speaker) => speaker.name);
  const who = officials.length > 2 ? `${names.join(', ')} and others` : names.join(' and ');
  const base =
    who.length > 0
      ? `Briefing by ${who}`
      : source === undefined
        ? 'Untitled briefing'
        : `Briefing published by ${source.publisher}`;
  return dateText === undefined ? base : `${base}, ${dateText}`;
}

// What grouping needs to know of a turn. Only short turns can close a briefing, so long ones are
// not read any further.
function sketchTurn(
  turn: Turn,
  mentions: readonly Mention[],
  kindById: ReadonlyMap<SpeakerId, SpeakerKind>,
  questioners: Questioners,
  position: number,
): ExchangeTurn {
  let words = 0;
  for (const paragraph of turn.paragraphs) {
    if (!paragraph.stage) words += countWords(paragraph.text, closingWords - words);
  }
  let asksQuestion = false;
  let courteous = false;
  if (words <= closingWords) {
    for (const paragraph of turn.paragraphs) {
      if (paragraph.stage) continue;
      asksQuestion ||= paragraph.text.includes('?');
      courteous ||= isCourteous(paragraph.text);
    }
  }
  return {
    id: turn.id,
    speakerId: turn.speakerId,
    kind: kindById.get(turn.speakerId) ?? 'unknown',
    words,
    asksQuestion,
    courteous,
    introduces: questioners.introduces[position] === true,
    followsUp: questioners.followsUp[position] === true,
    mentions,
  };
}

/** Parses the plain text of a press-briefing transcript. Never throws: problems are diagnostics. */
export function parseTranscript(text: string, options: ParseTranscriptOptions = {}): Transcript {
  const topics = options.topics ?? defaultTopics;
  const diagnostics: Diagnostic[] = checkInput(text);
  const index = indexLines(text);
  const { labels, labelled, firstTurnLine, rejected } = findLabels(text, index);
  const front = readFrontMatter(text, index, firstTurnLine);
  diagnostics.push(...front.diagnostics);
  const rawTurns = readTurns(text, index, labels, firstTurnLine, labelled);
  const footer = setAsideFooter(text, rawTurns);
  diagnostics.push(...reportLabels(text, rawTurns, rejected, front.preamble));
  if (footer.length > 0) {
    diagnostics.push({
      code: 'boilerplate-dropped',
      start: footer[0]?.start ?? 0,
      end: footer.at(-1)?.end ?? 0,
      message: `${footer.length === 1 ? '1 line' : `${footer.length} lines`} of page text after the last speaker ${footer.length === 1 ? 'was' : 'were'} set aside.`,
    });
  }

  const uses = measureLabels(text, rawTurns);
  // Where people named only by surname or office in labels may be written out in full.
  const texts = [
    front.title,
    ...front.preamble.slice(0, maxNamingLines).map((block) => block.text),
  ];
  const byLabel = resolveLabelSpeakers(
    [...uses.values()],
    front.country === undefined
      ? { title: front.title, texts }
      : { title: front.title, texts, country: front.country },
  );
  const questioners = resolveQuestioners(sketchQuestions(rawTurns, byLabel));
  const drafts = rawTurns.map((turn, position): SpeakerDraft => {
    return (
      questioners.reporters[position] ??
      byLabel.get(turn.label.label) ?? {
        name: turn.label.label,
        kind: 'unknown',
        labels: [],
        idBase: 'unknown',
      }
    );
  });
  const { speakers, ids } = nameSpeakers(drafts, rawTurns);

  const allParagraphs: Paragraph[] = [];
  for (const turn of rawTurns)
    for (const paragraph of turn.paragraphs) allParagraphs.push(paragraph);
  const mentions = tagParagraphs(
    text,
    allParagraphs,
    topics === defaultTopics ? defaultMatcher : compileTopics(topics),
  );
  const topicsIn = orderTopics(topics);
  const kindById = new Map(speakers.map((speaker) => [speaker.id, speaker.kind]));
  const turns: Turn[] = [];
  const sketches: ExchangeTurn[] = [];
  let paragraphIndex = 0;
  // One pass builds each turn and what grouping needs of it, with loops rather than
  // map/filter/flatMap chains: a long briefing has tens of thousands of paragraphs.
  for (let position = 0; position < rawTurns.length; position++) {
    const raw = rawTurns[position];
    if (raw === undefined) continue;
    // The paragraphs were built with their text as the turns were read; here they get mentions.
    const paragraphs = raw.paragraphs;
    let turnMentions: Mention[] = noMentions;
    let ownList = false;
    for (const paragraph of paragraphs) {
      const found = mentions[paragraphIndex++] ?? noMentions;
      // A paragraph without mentions keeps the shared, frozen empty list it was built with.
      if (found.length === 0) continue;
      paragraph.mentions = found;
      // A turn whose mentions sit in one paragraph shares that paragraph's list; a second
      // paragraph with mentions starts a list of the turn's own.
      if (turnMentions.length === 0) {
        turnMentions = found;
      } else {
        if (!ownList) turnMentions = turnMentions.slice();
        ownList = true;
        for (const mention of found) turnMentions.push(mention);
      }
    }
    const draft = drafts[position];
    const turn: Turn = {
      id: `t${position + 1}` as TurnId,
      speakerId: (draft === undefined ? undefined : ids.get(draft)) ?? ('unknown' as SpeakerId),
      label: raw.label.label,
      // The candidate's span, made for this turn alone.
      labelSpan: raw.label.span,
      interpreted: raw.interpreted,
      topics: turnMentions.length === 0 ? noTopics : topicsIn(turnMentions),
      paragraphs,
    };
    const stamp = raw.label.timestamp;
    if (stamp !== undefined) {
      turn.timestamp = {
        kind: 'metadata',
        text: text.slice(stamp.start, stamp.end),
        start: stamp.start,
        end: stamp.end,
      };
    }
    turns.push(turn);
    sketches.push(sketchTurn(turn, turnMentions, kindById, questioners, position));
  }
  // Each questioner described once: a long briefing has thousands of questions by a few reporters.
  const descriptions = new Map<SpeakerId, string>();
  for (const speaker of speakers) descriptions.set(speaker.id, nameQuestioner(speaker));
  const exchanges = groupExchanges(
    sketches,
    topics,
    (id) => descriptions.get(id) ?? nameQuestioner(undefined),
  );

  let title = front.title;
  if (title.length === 0 && turns.length > 0) {
    title = makeTitle(speakers, front.dateText, front.source);
    const at = index.starts[firstTurnLine] ?? 0;
    const first = front.preamble[0];
    diagnostics.push({
      code: 'no-title',
      start: first?.start ?? at,
      end: front.preamble.at(-1)?.end ?? at,
      message: `No line names the event, so the title "${title}" was made from what the text says.`,
    });
  }
  const transcript: Transcript = {
    kind: 'transcript',
    title,
    boilerplate: footer.length === 0 ? front.boilerplate : [...front.boilerplate, ...footer],
    preamble: front.preamble,
    speakers,
    turns,
    exchanges,
    diagnostics,
  };
  if (front.titleSpan !== undefined) transcript.titleSpan = front.titleSpan;
  if (front.source !== undefined) transcript.source = front.source;
  return transcript;
}
