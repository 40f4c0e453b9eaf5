import { defaultTopics } from '../../content/topics';
import type { ExchangeTurn } from './exchanges';
import {
  nameQuestioner,
  groupExchanges,
  isCourteous,
  maxClosingWords as closingWords,
} from './exchanges';
import type { LabelCandidate } from './labels';
import { acceptLabels, createLabelReader } from './labels';
import type { SpeakerDraft } from './speakers';
import { kindOfLabel, resolveLabelSpeakers } from './speakers';
import { defaultMatcher } from '../topics/default-matcher';
import { compileTopics, orderTopics } from '../topics/match';
import type { RawParagraph, RawTurn } from './body';
import { readTurns } from './body';
import { isMetadataLine } from './dates';
import { readFrontMatter } from './front-matter';
import { checkInput, reportLabels } from './diagnostics';
import { tagParagraphs } from './mentions';
import type { Questioners } from './questioners';
import { resolveQuestioners } from './questioners';
import type { LineIndex } from './text';
import { countWords, indexLines } from './text';
import type {
  Diagnostic,
  Mention,
  Paragraph,
  Speaker,
  SpeakerId,
  SpeakerKind,
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
  const accepted = acceptLabels(candidates);
  const labels: (LabelCandidate | undefined)[] = new Array<LabelCandidate | undefined>(count);
  let firstTurnLine = count;
  for (let line = 0; line < count; line++) {
    const candidate = candidates[line];
    if (candidate === undefined || accepted[line] !== true) continue;
    if (firstTurnLine === count) {
      const text = input.slice(index.starts[line] ?? 0, index.ends[line] ?? 0);
      if (isMetadataLine(text)) continue;
      firstTurnLine = line;
    }
    labels[line] = candidate;
  }
  const rejected = candidates.filter(
    (candidate, line): candidate is LabelCandidate =>
      candidate !== undefined && accepted[line] !== true && line > firstTurnLine,
  );
  return { labels, firstTurnLine, rejected };
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
  const short = words <= closingWords;
  const says = (test: (text: string) => boolean): boolean =>
    short && turn.paragraphs.some((paragraph) => !paragraph.stage && test(paragraph.text));
  return {
    id: turn.id,
    speakerId: turn.speakerId,
    kind: kindById.get(turn.speakerId) ?? 'unknown',
    words,
    asksQuestion: says((text) => text.includes('?')),
    courteous: says(isCourteous),
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
  const { labels, firstTurnLine, rejected } = findLabels(text, index);
  const front = readFrontMatter(text, index, firstTurnLine);
  diagnostics.push(...front.diagnostics);
  const rawTurns = readTurns(text, index, labels, firstTurnLine);
  diagnostics.push(...reportLabels(text, rawTurns, rejected, front.preamble));

  const distinct = new Map<string, { label: string; name: string }>();
  for (const turn of rawTurns) distinct.set(turn.label.label, turn.label);
  const texts = [
    front.title,
    ...front.preamble.filter((block) => block.kind === 'metadata').map((block) => block.text),
  ];
  const byLabel = resolveLabelSpeakers(
    [...distinct.values()],
    front.country === undefined
      ? { title: front.title, texts }
      : { title: front.title, texts, country: front.country },
  );
  const kinds = new Map<string, SpeakerKind>();
  for (const { name } of distinct.values()) kinds.set(name, kindOfLabel(name));
  const questioners = resolveQuestioners(
    rawTurns.map((turn) => {
      const first = turn.paragraphs.find((paragraph) => !paragraph.stage);
      const kind = kinds.get(turn.label.name) ?? 'unknown';
      return first === undefined
        ? { kind }
        : { kind, firstText: text.slice(first.start, first.end) };
    }),
  );
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

  const allParagraphs: RawParagraph[] = [];
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
    const paragraphs: Paragraph[] = [];
    let turnMentions: Mention[] = [];
    let ownList = false;
    for (const paragraph of raw.paragraphs) {
      const found = mentions[paragraphIndex++] ?? [];
      paragraphs.push({
        text: text.slice(paragraph.start, paragraph.end),
        start: paragraph.start,
        end: paragraph.end,
        interpreted: paragraph.interpreted,
        stage: paragraph.stage,
        mentions: found,
      });
      // A turn whose mentions sit in one paragraph shares that paragraph's list; a second
      // paragraph with mentions starts a list of the turn's own.
      if (found.length === 0) continue;
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
      labelSpan: { start: raw.label.span.start, end: raw.label.span.end },
      interpreted: raw.label.interpreted,
      topics: topicsIn(turnMentions),
      paragraphs,
    };
    turns.push(turn);
    sketches.push(sketchTurn(turn, turnMentions, kindById, questioners, position));
  }
  const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const exchanges = groupExchanges(sketches, topics, (id) => nameQuestioner(speakerById.get(id)));

  const transcript: Transcript = {
    kind: 'transcript',
    title: front.title,
    boilerplate: front.boilerplate,
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
