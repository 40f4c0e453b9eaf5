import type { DocumentKind } from '../domain/detect-kind';
import type { ParsedDocument } from '../domain/types';

// The messages between the page and the parse worker.

/** Where a parse has got to, for the progress bar. */
export type ParseStage = 'reading' | 'parsing' | 'done';

export interface ParseProgress {
  stage: ParseStage;
  /** 0 to 1. */
  fraction: number;
}

export interface ParseRequest {
  text: string;
  kind?: DocumentKind;
}

export type ParseResponse =
  | { type: 'progress'; progress: ParseProgress }
  | { type: 'done'; document: ParsedDocument }
  | { type: 'error'; message: string };

export const progressOf = (stage: ParseStage): ParseProgress => ({
  stage,
  fraction: stage === 'reading' ? 0.1 : stage === 'parsing' ? 0.3 : 1,
});
