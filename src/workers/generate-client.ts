import type { SampleRequest } from '../domain/generate/sample-request';
import type { Transcript } from '../domain/types';
import { askWorker } from './ask-worker';
import { startWorker } from './start-worker';

/** What the generate worker answers: the parsed transcript, or why there is none. */
export type GenerateResponse =
  | { readonly type: 'generated'; readonly transcript: Transcript }
  | { readonly type: 'error'; readonly message: string };

const startOwnWorker = (): Worker | undefined =>
  startWorker(
    () => new Worker(new URL('./generate-worker.ts', import.meta.url), { type: 'module' }),
  );

/**
 * Makes a sample in a worker of its own; rejects with an AbortError when `signal` is aborted. Where
 * no worker can run it is made here, loaded on demand so that the generator never weighs on the
 * pages that do not use it.
 */
export async function generateInWorker(
  request: SampleRequest,
  signal: AbortSignal,
): Promise<Transcript> {
  signal.throwIfAborted();
  const worker = startOwnWorker();
  const answer =
    worker === undefined
      ? 'no-worker'
      : await askWorker<GenerateResponse>(worker, {
          message: { turns: request.turns, seed: request.seed },
          signal,
          cancelled: 'The sample was cancelled.',
          isAnswer: () => true,
          onProgress: () => undefined,
        });
  signal.throwIfAborted();
  if (answer === 'no-worker') {
    const { generateSample } = await import('../domain/generate/sample');
    // A pause before the long task lets the page paint what it says while the sample is made.
    await new Promise((resolve) => {
      setTimeout(resolve, 0);
    });
    signal.throwIfAborted();
    return generateSample(request);
  }
  if (answer.type === 'error') throw new Error(answer.message);
  return answer.transcript;
}
