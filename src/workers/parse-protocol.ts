import type { DocumentKind } from '../domain/document/detect-kind';
import type { InputCheck } from '../domain/document/input-check';
import type { TaggedPair } from '../domain/document/parse-document';
import type { ParsedDocument, Topic } from '../domain/types';
import type { DocumentPreview } from '../domain/document/preview';

// The messages between the page and the parse worker.

/** Where a parse has got to, for the progress bar. */
export type ParseStage = 'reading' | 'checking' | 'parsing' | 'done';

export interface ParseProgress {
  stage: ParseStage;
  /** 0 to 1. */
  fraction: number;
}

/** A checked input and, when it could be read, the preview of what it parses to. */
export type PreviewOutcome =
  (InputCheck & { ok: false }) | (InputCheck & { ok: true; preview: DocumentPreview });

export type ParseRequest =
  | { type: 'parse'; text: string; kind?: DocumentKind }
  | { type: 'preview'; input: string | ArrayBuffer; kind?: DocumentKind }
  | { type: 'pair'; transcript: string; article?: string; readerTopics: readonly Topic[] };

export type ParseResponse =
  | { type: 'progress'; progress: ParseProgress }
  | { type: 'parsed'; document: ParsedDocument }
  | { type: 'previewed'; outcome: PreviewOutcome }
  | { type: 'paired'; pair: TaggedPair }
  | { type: 'error'; message: string };

const fractions: Readonly<Record<ParseStage, number>> = {
  reading: 0.05,
  checking: 0.15,
  parsing: 0.3,
  done: 1,
};

export const progressOf = (stage: ParseStage): ParseProgress => ({
  stage,
  fraction: fractions[stage],
});
