import type { DocumentKind } from '../domain/document/detect-kind';
import type { TaggedPair } from '../domain/document/parse-document';
import type { ParsedDocument, Topic } from '../domain/types';
import {
  progressOf,
  type ParseProgress,
  type ParseRequest,
  type ParseResponse,
  type PreviewOutcome,
} from './parse-protocol';
import { askWorker } from './ask-worker';
import { runRequest } from './run-request';
import { startWorker } from './start-worker';

export type { ParseProgress, ParseStage, PreviewOutcome } from './parse-protocol';

// Each request gets a worker of its own, ended when it answers or is cancelled: a new file replaces an
// old parse without waiting for it. Where there are no workers (tests, old browsers) or the worker
// cannot start, the request runs on the main thread, after a pause that lets the progress bar paint.

type Progress = (progress: ParseProgress) => void;

const yieldToBrowser = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

const startOwnWorker = (): Worker | undefined =>
  startWorker(() => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }));

async function ask(
  request: ParseRequest,
  onProgress: Progress,
  signal: AbortSignal | undefined,
): Promise<ParseResponse> {
  signal?.throwIfAborted();
  onProgress(progressOf('reading'));
  const worker = startOwnWorker();
  // A transferred buffer is gone from this side, so only text requests may fall back after a failure.
  const canRetry = request.type !== 'preview' || typeof request.input === 'string';
  if (worker !== undefined) {
    const transfer = request.type === 'preview' && typeof request.input !== 'string';
    const answer = await askWorker<ParseResponse>(worker, {
      message: request,
      transfer: transfer ? [request.input as ArrayBuffer] : [],
      signal,
      cancelled: 'The parse was cancelled.',
      isAnswer: (message) => message.type !== 'progress',
      onProgress: (message) => {
        if (message.type === 'progress') onProgress(message.progress);
      },
    });
    if (answer !== 'no-worker') return answer;
    if (!canRetry) return { type: 'error', message: 'The file could not be handed to the parser.' };
  }
  await yieldToBrowser();
  signal?.throwIfAborted();
  return runRequest(request, onProgress);
}

const withKind = <T extends object>(request: T, kind: DocumentKind | undefined) =>
  kind === undefined ? request : { ...request, kind };

/**
 * Parses `text` off the main thread when it can, as `kind` or (undefined) as it looks. Reports stages
 * through `onProgress`; rejects with an AbortError when `signal` is aborted.
 */
export async function parseInWorker(
  text: string,
  kind: DocumentKind | undefined,
  onProgress: Progress = () => undefined,
  signal?: AbortSignal,
): Promise<ParsedDocument> {
  const answer = await ask(withKind({ type: 'parse', text } as const, kind), onProgress, signal);
  if (answer.type === 'parsed') {
    onProgress(progressOf('done'));
    return answer.document;
  }
  throw new Error(answer.type === 'error' ? `The parser failed: ${answer.message}` : 'No answer.');
}

/**
 * Checks and parses text or a file's bytes off the main thread and returns the check with a preview.
 * A buffer is transferred to the worker: it is unusable here afterwards.
 */
export async function previewInWorker(
  input: string | ArrayBuffer,
  kind: DocumentKind | undefined,
  onProgress: Progress = () => undefined,
  signal?: AbortSignal,
): Promise<PreviewOutcome> {
  const answer = await ask(withKind({ type: 'preview', input } as const, kind), onProgress, signal);
  if (answer.type === 'previewed') {
    onProgress(progressOf('done'));
    return answer.outcome;
  }
  throw new Error(answer.type === 'error' ? `The parser failed: ${answer.message}` : 'No answer.');
}

/**
 * Parses a briefing and the story beside it off the main thread when it can, and tags them together
 * with the curated topics, those found in both and the reader's own; rejects with an AbortError
 * when `signal` is aborted.
 */
export async function parsePairInWorker(
  transcript: string,
  article: string | undefined,
  readerTopics: readonly Topic[],
  signal?: AbortSignal,
): Promise<TaggedPair> {
  const request = {
    type: 'pair',
    transcript,
    readerTopics,
    ...(article === undefined ? {} : { article }),
  } as const;
  const answer = await ask(request, () => undefined, signal);
  if (answer.type === 'paired') return answer.pair;
  throw new Error(answer.type === 'error' ? `The parser failed: ${answer.message}` : 'No answer.');
}
