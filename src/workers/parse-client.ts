import type { DocumentKind } from '../domain/detect-kind';
import type { ParsedDocument } from '../domain/types';
import { parseDocument } from './parse-document';
import { progressOf, type ParseProgress, type ParseResponse } from './parse-protocol';

export type { ParseProgress, ParseStage } from './parse-protocol';

// Each parse gets a worker of its own, ended when it answers or is cancelled: a new file replaces an
// old parse without waiting for it. Where there are no workers (tests, old browsers) or the worker
// cannot start, the parse runs on the main thread, yielding between stages so progress can paint.

const yieldToBrowser = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

function abortError(): DOMException {
  return new DOMException('The parse was cancelled.', 'AbortError');
}

async function parseOnMainThread(
  text: string,
  kind: DocumentKind | undefined,
  onProgress: (progress: ParseProgress) => void,
  signal: AbortSignal | undefined,
): Promise<ParsedDocument> {
  onProgress(progressOf('parsing'));
  await yieldToBrowser();
  if (signal?.aborted === true) throw abortError();
  const document = parseDocument(text, kind);
  onProgress(progressOf('done'));
  return document;
}

function parseWithWorker(
  worker: Worker,
  text: string,
  kind: DocumentKind | undefined,
  onProgress: (progress: ParseProgress) => void,
  signal: AbortSignal | undefined,
): Promise<ParsedDocument | 'no-worker'> {
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = (): void => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
      const response = event.data;
      if (response.type === 'progress') {
        onProgress(response.progress);
        return;
      }
      finish();
      if (response.type === 'done') {
        onProgress(progressOf('done'));
        resolve(response.document);
      } else reject(new Error(`The parser failed: ${response.message}`));
    });
    // A worker that cannot load (blocked by policy, missing file) leaves the main thread to do it.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      resolve('no-worker');
    });
    worker.postMessage(kind === undefined ? { text } : { text, kind });
  });
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * Parses `text` off the main thread when it can. `kind` undefined means "as it looks". Reports stages
 * through `onProgress`; rejects with an AbortError when `signal` is aborted.
 */
export async function parseInWorker(
  text: string,
  kind: DocumentKind | undefined,
  onProgress: (progress: ParseProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<ParsedDocument> {
  if (signal?.aborted === true) throw abortError();
  onProgress(progressOf('reading'));
  const worker = startWorker();
  if (worker !== undefined) {
    const result = await parseWithWorker(worker, text, kind, onProgress, signal);
    if (result !== 'no-worker') return result;
  }
  return parseOnMainThread(text, kind, onProgress, signal);
}
