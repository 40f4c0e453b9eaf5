import { generateSample } from '../domain/generate/sample';
import type { SampleRequest } from '../domain/generate/sample-request';
import type { GenerateResponse } from './generate-client';

// Writes and parses a sample off the main thread: at tens of thousands of turns both take long enough
// that the page would stop answering.

addEventListener('message', (event: MessageEvent<SampleRequest>) => {
  let response: GenerateResponse;
  try {
    response = { type: 'generated', transcript: generateSample(event.data) };
  } catch (error) {
    response = { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  postMessage(response);
});
