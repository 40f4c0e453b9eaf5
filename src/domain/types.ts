// The data contract of Podium (DESIGN.md). Every offset is a UTF-16 index into the parsed input, so
// `input.slice(start, end)` is the text of the thing that carries it.

declare const brand: unique symbol;
/** A string that the type system keeps apart from other strings of another kind. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type TurnId = Brand<string, 'TurnId'>;
export type ExchangeId = Brand<string, 'ExchangeId'>;
export type SpeakerId = Brand<string, 'SpeakerId'>;
export type TopicId = Brand<string, 'TopicId'>;
export type ParagraphId = Brand<string, 'ParagraphId'>;

export interface Span {
  start: number;
  end: number;
}

/** A topic is data: whole-word, case-insensitive patterns (words or phrases) and aliases. */
export interface Topic {
  id: TopicId;
  label: string;
  patterns: readonly string[];
}

export interface Mention extends Span {
  topicId: TopicId;
}

export type DiagnosticCode =
  | 'empty'
  | 'binary'
  | 'no-title'
  | 'no-labels'
  | 'text-before-first-turn'
  | 'boilerplate-dropped'
  | 'unknown-label'
  | 'empty-turn'
  | 'unmatched-attribution';

export interface Diagnostic extends Span {
  code: DiagnosticCode;
  /** Plain words a reader understands, e.g. "2 lines before the first speaker were kept as preamble". */
  message: string;
}

export type BlockKind = 'boilerplate' | 'title' | 'metadata' | 'text';

/** A run of text that is not speech: page furniture before the title, the title, metadata lines. */
export interface Block extends Span {
  kind: BlockKind;
  text: string;
}

export interface Source {
  publisher: string;
  url?: string;
  date?: string;
}

export type SpeakerKind = 'official' | 'reporter' | 'staff' | 'unknown';

export interface Speaker {
  id: SpeakerId;
  /** Display name: "Ana M. Ruiz", "Dana Reyes", "Coastal Wire reporter", "Staff". */
  name: string;
  kind: SpeakerKind;
  /** "Secretary of Defense", "Minister of Defense". */
  role?: string;
  /** Country for officials ("United States", "Italy"), outlet for reporters ("Harbor Daily"). */
  affiliation?: string;
  /** Every label this speaker was written as, without the colon, in order of first use. */
  labels: string[];
}

export interface Paragraph extends Span {
  text: string;
  /** Spoken through a translator (the turn's label says so, or the paragraph opens with the mark). */
  interpreted: boolean;
  /** Nothing but a stage direction, such as "(CROSSTALK)". */
  stage: boolean;
  mentions: Mention[];
}

export interface Turn {
  id: TurnId;
  speakerId: SpeakerId;
  /** The label as written, without its colon: "SEC. RUIZ", "Q (THROUGH TRANSLATOR)". */
  label: string;
  /** Where the label (with its colon, when it has one) stands in the input. */
  labelSpan: Span;
  /** A recording's timestamp beside the label ("(00:12)"): metadata, never speech. */
  timestamp?: Block;
  /** The label carries a translator note, or the speech opens with a translator mark. */
  interpreted: boolean;
  topics: TopicId[];
  paragraphs: Paragraph[];
}

export type ExchangeKind = 'statements' | 'question' | 'closing';

export interface Exchange {
  id: ExchangeId;
  kind: ExchangeKind;
  /** "Opening statements", "Question 2 · Coastal Wire · Libya, Defence cooperation", "Closing". */
  title: string;
  /** 1-based number among the question exchanges. */
  questionNumber?: number;
  turnIds: TurnId[];
  questionerId?: SpeakerId;
  topics: TopicId[];
}

export interface Transcript {
  kind: 'transcript';
  title: string;
  titleSpan?: Span;
  source?: Source;
  /** Page furniture before the title, kept so that no character is unaccounted for. */
  boilerplate: Block[];
  /** Metadata lines between the title and the first turn (date, presenters). */
  preamble: Block[];
  speakers: Speaker[];
  turns: Turn[];
  exchanges: Exchange[];
  diagnostics: Diagnostic[];
}

export type ArticleParagraphKind = 'body' | 'quote' | 'caption' | 'list-item';

export interface ArticleParagraph extends Span {
  id: ParagraphId;
  kind: ArticleParagraphKind;
  text: string;
  /** For a quote: who said it. */
  speakerId?: SpeakerId;
  topics: TopicId[];
  mentions: Mention[];
}

export interface Article {
  kind: 'article';
  title: string;
  titleSpan?: Span;
  source?: Source;
  speakers: Speaker[];
  paragraphs: ArticleParagraph[];
  diagnostics: Diagnostic[];
}

export type ParsedDocument = Transcript | Article;
