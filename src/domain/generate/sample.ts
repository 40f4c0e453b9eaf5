import { defaultTopics } from '../../content/topics';
import { parseTranscript } from '../transcript/parse-transcript';
import type { Transcript } from '../types';
import { generateTranscript } from './generate-transcript';
import type { SampleRequest } from './sample-request';

/** What a sample's title starts with, so that no page, tab or citation passes it off as real. */
export const sampleTitlePrefix = 'Generated sample: ';

/** Who a sample's citations name as its publisher: nobody said its words. */
export const sampleSource = { publisher: 'Podium’s transcript generator (made-up text)' } as const;

/**
 * Writes a sample and parses it with the default topics; throws only on a parser fault. Its title
 * says it is generated, and its source is the generator, not the publisher its made-up page names.
 */
export function generateSample(request: SampleRequest): Transcript {
  const text = generateTranscript({ turns: request.turns, seed: request.seed });
  const transcript = parseTranscript(text, { topics: defaultTopics });
  return {
    ...transcript,
    title: `${sampleTitlePrefix}${transcript.title}`,
    source: { ...sampleSource },
  };
}
