// The archive: many briefings and stories read together, with people and topics across them. A
// briefing's parsed document is kept apart from its summary, so that a page listing briefings needs
// only the summaries and a briefing's page loads its own document alone.
import type {
  Article,
  Brand,
  ExchangeId,
  ParsedDocument,
  SpeakerId,
  TopicId,
  Transcript,
  TurnId,
} from '../types';
import type { ManifestEntry } from './manifest';

/** A briefing's address in the archive: `/briefings/SLUG/`. */
export type BriefingSlug = Brand<string, 'BriefingSlug'>;
/** A story's name in the archive's data. */
export type StorySlug = Brand<string, 'StorySlug'>;
/** A person's address: `/speakers/SLUG/`. */
export type PersonSlug = Brand<string, 'PersonSlug'>;

/** One readable file of an archive folder, parsed, with what the manifest says of it. */
export interface ArchiveSource {
  /** The path inside the folder, with `/` between folders: "2019/press-briefing.txt". */
  file: string;
  document: ParsedDocument;
  entry?: ManifestEntry;
  /** One of the documents Podium ships with, whose own links (`/`, `/exchange/x3`) stay theirs. */
  shipped?: boolean;
}

/** Where a document's date came from. */
export type DateOrigin = 'manifest' | 'text' | 'none';

/** What every document of the archive says about itself. */
export interface DocumentFacts {
  /** The file it was read from, inside the folder. */
  file: string;
  title: string;
  /** YYYY-MM-DD; absent for an undated document, which is listed after every dated one. */
  date?: string;
  dateFrom: DateOrigin;
  publisher?: string;
  sourceUrl?: string;
  shipped?: true;
}

/** How many times a topic is mentioned in something. */
export interface TopicCount {
  id: TopicId;
  mentions: number;
}

/** A person as a list names them. */
export interface PersonRef {
  slug: PersonSlug;
  name: string;
  role?: string;
}

/** The story shown beside a briefing; `suggested` when Podium paired them by shared topics. */
export interface StoryLink {
  slug: StorySlug;
  title: string;
  suggested: boolean;
}

/** The briefing a story is paired with; `suggested` when Podium paired them by shared topics. */
export interface BriefingLink {
  slug: BriefingSlug;
  title: string;
  suggested: boolean;
  /** Topics both mention. */
  sharedTopics: TopicId[];
}

/** A briefing in a list: everything the archive home shows and filters on, without the text. */
export interface BriefingSummary extends DocumentFacts {
  slug: BriefingSlug;
  /** The officials with a page, in order of first appearance. */
  officials: PersonRef[];
  /** Everyone with a page who speaks in it: officials and named reporters. */
  people: PersonSlug[];
  /** Most mentioned first. */
  topics: TopicCount[];
  questions: number;
  turns: number;
  story?: StoryLink;
}

/** A story in a list. */
export interface StorySummary extends DocumentFacts {
  slug: StorySlug;
  topics: TopicCount[];
  briefing?: BriefingLink;
}

/** A briefing of the archive: its summary and its parsed document. */
export interface ArchiveBriefing {
  summary: BriefingSummary;
  document: Transcript;
  /** The page of each of its speakers who has one. */
  people: Partial<Record<SpeakerId, PersonSlug>>;
}

/** A story of the archive: its summary and its parsed document. */
export interface ArchiveStory {
  summary: StorySummary;
  document: Article;
}

export type PersonKind = 'official' | 'reporter';

/** A person in a list: `/speakers/`. */
export interface PersonSummary {
  slug: PersonSlug;
  name: string;
  kind: PersonKind;
  /** The latest office ("Secretary of Defense"); none for reporters. */
  role?: string;
  /** Countries of an official, outlets of a reporter: the latest first. */
  affiliations: string[];
  briefings: number;
  turns: number;
  /** Dates of their first and latest dated briefing. */
  first?: string;
  last?: string;
}

/** One of a person's affiliations and when it held. */
export interface AffiliationUse {
  name: string;
  briefings: number;
  first?: string;
  last?: string;
}

/** A turn as another page lists it, with the start of what was said. */
export interface TurnRef {
  turn: TurnId;
  exchange: ExchangeId;
  snippet: string;
}

/** A person's turns in one briefing. */
export interface Appearance {
  briefing: BriefingSlug;
  title: string;
  date?: string;
  /** Their office or outlet in that briefing. */
  role?: string;
  affiliation?: string;
  turns: TurnRef[];
}

/** Who asked a question, as an official's page lists it. */
export interface Asker {
  name: string;
  slug?: PersonSlug;
  outlet?: string;
}

/** A question exchange on a person's page; `turn` is the person's first turn in it. */
export interface QuestionRef {
  briefing: BriefingSlug;
  briefingTitle: string;
  date?: string;
  exchange: ExchangeId;
  questionNumber?: number;
  title: string;
  turn: TurnId;
  topics: TopicId[];
  /** On an official's page: who asked. */
  askedBy?: Asker;
}

/** A topic a person spoke about: mentions in their turns, and how many turns mention it. */
export interface PersonTopic extends TopicCount {
  turns: number;
}

/** One person across the archive: `/speakers/SLUG/`. */
export interface Person extends PersonSummary {
  /** Every office they were given, the latest first. */
  roles: string[];
  /** Every label they were written as, in order of first use. */
  labels: string[];
  affiliationHistory: AffiliationUse[];
  /** Newest first. */
  appearances: Appearance[];
  /** Most mentioned first. */
  topics: PersonTopic[];
  /** For an official: the questions they answered, newest first. */
  answered: QuestionRef[];
  /** For a reporter: the questions they asked, newest first. */
  asked: QuestionRef[];
}

/** A topic in a list: `/topics/`. */
export interface ArchiveTopicSummary {
  id: TopicId;
  label: string;
  mentions: number;
  briefings: number;
  exchanges: number;
  first?: string;
  last?: string;
}

/** Mentions of a topic in one month (YYYY-MM) of the archive. */
export interface TimelinePoint {
  month: string;
  mentions: number;
  briefings: number;
}

/** A person who spoke about a topic. */
export interface TopicSpeaker {
  slug: PersonSlug;
  name: string;
  mentions: number;
}

/** An exchange that touches a topic; `turn` is its first turn that mentions it. */
export interface TopicExchange {
  briefing: BriefingSlug;
  briefingTitle: string;
  date?: string;
  exchange: ExchangeId;
  title: string;
  mentions: number;
  turn: TurnId;
}

/** A story that mentions a topic. */
export interface TopicStory {
  story: StorySlug;
  title: string;
  date?: string;
  mentions: number;
}

/** One topic across the archive: `/topics/ID/`. */
export interface ArchiveTopic extends ArchiveTopicSummary {
  /** Every month from the first mention to the last, months without one included. */
  timeline: TimelinePoint[];
  /** Mentions in undated briefings, which no month holds. */
  undated: { mentions: number; briefings: number };
  /** People who mention it most, most first. */
  speakers: TopicSpeaker[];
  /** Every exchange that mentions it, newest first. */
  touching: TopicExchange[];
  /** Every story that mentions it, newest first. */
  stories: TopicStory[];
}

/** Something in the folder or its manifest that the archive could not use as written. */
export interface ArchiveProblem {
  file?: string;
  field?: string;
  message: string;
}

/** Briefings, stories, people and topics read together. */
export interface ArchiveModel {
  title: string;
  /** Newest first; undated ones last. */
  briefings: ArchiveBriefing[];
  /** Newest first; undated ones last. */
  stories: ArchiveStory[];
  /** By name. */
  people: Person[];
  /** Most mentioned first. */
  topics: ArchiveTopic[];
  problems: ArchiveProblem[];
}
