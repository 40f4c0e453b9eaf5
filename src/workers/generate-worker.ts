import { defaultTopics } from '../content/topics';
import { generateTranscript } from '../domain/generate/generate-transcript';
import { parseTranscript } from '../domain/transcript/parse-transcript';
import type { Transcript } from '../domain/types';

// Writes and parses a made-up briefing off the main thread: at tens of thousands of turns both take
// long enough that the page would stop answering.

/** What the page asks the generate worker for. */
export interface GenerateRequest {
  readonly turns: number;
  readonly seed: number;
}

/** What the generate worker answers: where it has got to, then the parsed transcript. */
export type GenerateResponse =
  | { readonly type: 'progress'; readonly stage: 'generating' | 'parsing' }
  | { readonly type: 'generated'; readonly transcript: Transcript }
  | { readonly type: 'error'; readonly message: string };

/** Generates and parses one transcript, reporting each stage; never throws. */
export function runGenerate(
  request: GenerateRequest,
  report: (response: GenerateResponse) => void,
): GenerateResponse {
  try {
    report({ type: 'progress', stage: 'generating' });
    const text = generateTranscript({ turns: request.turns, seed: request.seed });
    report({ type: 'progress', stage: 'parsing' });
    return { type: 'generated', transcript: parseTranscript(text, { topics: defaultTopics }) };
  } catch (error) {
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

// Only a dedicated worker has no `document`; the page imports this module for `runGenerate` alone.
if (typeof document === 'undefined' && typeof postMessage === 'function') {
  addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
    postMessage(
      runGenerate(event.data, (response) => {
        postMessage(response);
      }),
    );
  });
}
