import { defaultTopics } from '../../content/topics';
import {
  type ExchangeTurn,
  groupExchanges,
  isCourteous,
  maxClosingWords as closingWords,
  nameQuestioner,
  noTopics,
} from './exchanges';
import { type SpeakerDraft, resolveLabelSpeakers } from './speakers';
import { defaultMatcher } from '../topics/default-matcher';
import { compileTopics, orderTopics } from '../topics/match';
import { type RawTurn, noMentions, readTurns } from './body';
import { readFrontMatter } from './front-matter';
import { checkInput, reportLabels } from './diagnostics';
import { tagParagraphs } from './mentions';
import { type Questioners, resolveQuestioners } from './questioners';
import { countWords, indexLines } from './text';
import {
  type Diagnostic,
  type Mention,
  type Paragraph,
  type Speaker,
  type SpeakerId,
  type SpeakerKind,
  type Source,
  type Topic,
  type Transcript,
  type Turn,
  type TurnId,
} from '../types';
import { findLabels, maxNamingLines, measureLabels, sketchQuestions } from './label-uses';
import { setAsideFooter } from './footer';

/** Options of parseTranscript. */
export interface ParseTranscriptOptions {
  /** Topics to tag; the shipped topic list by default. */
  topics?: readonly Topic[];
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
