import { defaultTopics } from '../../content/topics';
import { parseTranscript } from '../transcript/parse-transcript';
import type { Transcript } from '../types';
import { generateTranscript } from './generate-transcript';
import type { SampleRequest } from './sample-request';

/** Writes a sample and parses it with the default topics; throws only on a parser fault. */
export function generateSample(request: SampleRequest): Transcript {
  const text = generateTranscript({ turns: request.turns, seed: request.seed });
  return parseTranscript(text, { topics: defaultTopics });
}
