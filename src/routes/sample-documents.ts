import { loadSeeds } from './seed-loader';
import type { Transcript } from '../domain/types';
import { askWorker } from '../workers/ask-worker';
import type { GenerateRequest, GenerateResponse } from '../workers/generate-worker';
import type { ViewerDocuments } from './viewer-documents';

/** The most turns a sample may have: enough to try the viewer on ten-hour days, and no more. */
export const maxSampleTurns = 50_000;
export const defaultSampleSeed = 1;

export type SampleRequest =
  ({ readonly ok: true } & GenerateRequest) | { readonly ok: false; readonly message: string };

/** The stages a sample goes through, in words for the progress message. */
export type SampleStage = 'starting' | 'generating' | 'parsing';

const wholeNumber = /^\d+$/u;

/** Reads `/sample/:turns?seed=` into a request, or says in words what is wrong with it. */
export function readSampleRequest(
  turnsParam: string | undefined,
  seedParam: string | null,
): SampleRequest {
  const text = (turnsParam ?? '').trim().replaceAll(/[,_]/gu, '');
  if (!wholeNumber.test(text)) {
    return {
      ok: false,
      message: `“${turnsParam ?? ''}” is not a number of turns. Use a whole number from 1 to ${maxSampleTurns.toLocaleString('en-US')}.`,
    };
  }
  const turns = Number(text);
  if (turns < 1 || turns > maxSampleTurns) {
    return {
      ok: false,
      message: `A sample has from 1 to ${maxSampleTurns.toLocaleString('en-US')} turns, not ${turns.toLocaleString('en-US')}.`,
    };
  }
  const seedText = (seedParam ?? '').trim();
  if (seedText !== '' && !wholeNumber.test(seedText)) {
    return { ok: false, message: `The seed must be a whole number, not “${seedText}”.` };
  }
  return { ok: true, turns, seed: seedText === '' ? defaultSampleSeed : Number(seedText) };
}

/** "Generating 10,000 turns…": what the page says while a sample is on its way. */
export function describeSampleStage(stage: SampleStage, turns: number): string {
  const count = `${turns.toLocaleString('en-US')} ${turns === 1 ? 'turn' : 'turns'}`;
  if (stage === 'parsing') return `Reading ${count} into exchanges…`;
  return `Generating ${count}…`;
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('../workers/generate-worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return undefined;
  }
}

async function generateHere(
  request: GenerateRequest,
  onStage: (stage: SampleStage) => void,
): Promise<GenerateResponse> {
  // Loaded on demand, so that the generator never weighs on the pages that do not use it.
  const { runGenerate } = await import('../workers/generate-worker');
  return runGenerate(request, (response) => {
    if (response.type === 'progress') onStage(response.stage);
  });
}

// The last sample is kept, so that Back and Forward between its pages do not generate it again.
let lastSample: { readonly key: string; readonly documents: ViewerDocuments } | undefined;

const keyOf = (request: GenerateRequest): string => `${request.turns}:${request.seed}`;

/** The documents of a sample already generated in this page, if it is the one asked for. */
export function findSampleDocuments(request: GenerateRequest): ViewerDocuments | undefined {
  return lastSample?.key === keyOf(request) ? lastSample.documents : undefined;
}

/** Generates a sample transcript (in a worker when there is one) and pairs it with the seed story. */
export async function loadSampleDocuments(
  request: GenerateRequest,
  onStage: (stage: SampleStage) => void,
  signal: AbortSignal,
): Promise<ViewerDocuments> {
  const known = findSampleDocuments(request);
  if (known !== undefined) return known;
  // The story beside the sample is the shipped one; it loads while the sample is made.
  const seeds = loadSeeds();
  const worker = startWorker();
  let answer =
    worker === undefined
      ? 'no-worker'
      : await askWorker<GenerateResponse>(worker, {
          message: request,
          signal,
          cancelled: 'The sample was cancelled.',
          isAnswer: (message) => message.type !== 'progress',
          onProgress: (message) => {
            if (message.type === 'progress') onStage(message.stage);
          },
        });
  signal.throwIfAborted();
  if (answer === 'no-worker')
    answer = await generateHere({ turns: request.turns, seed: request.seed }, onStage);
  signal.throwIfAborted();
  if (answer.type !== 'generated') {
    throw new Error(answer.type === 'error' ? answer.message : 'The generator gave no answer.');
  }
  const transcript: Transcript = answer.transcript;
  const { article, topics } = await seeds;
  signal.throwIfAborted();
  const documents = { transcript, article, topics };
  lastSample = { key: keyOf(request), documents };
  return documents;
}
