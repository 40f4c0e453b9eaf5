import { describe, expect, it } from 'vitest';
import { briefingText } from '../../src/content/seeds';
import { parseTranscript } from '../../src/domain/parse-transcript';

const transcript = parseTranscript(briefingText);
const turn = (id: string) => transcript.turns.find((candidate) => candidate.id === id);
const speaker = (id: string) => transcript.speakers.find((candidate) => candidate.id === id);

describe('parseTranscript on the shipped briefing', () => {
  it('finds the title after the page furniture and sets the furniture aside', () => {
    expect(transcript.title).toBe(
      'Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing',
    );
    expect(transcript.boilerplate).toHaveLength(7);
    expect(transcript.boilerplate[0]?.text).toBe(
      'An official website of the United States Government',
    );
    expect(transcript.diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      '7 lines of page text before the title were set aside.',
    );
    expect(transcript.source).toEqual({ publisher: 'U.S. Department of Defense' });
    expect(transcript.preamble).toEqual([]);
  });

  it('reads 19 turns, 7 speakers and 6 exchanges', () => {
    expect(transcript.turns).toHaveLength(19);
    expect(transcript.speakers).toHaveLength(7);
    expect(
      transcript.exchanges.map((exchange) => [exchange.id, exchange.kind, exchange.turnIds]),
    ).toEqual([
      ['x1', 'statements', ['t1', 't2']],
      ['x2', 'question', ['t3', 't4', 't5', 't6']],
      ['x3', 'question', ['t7', 't8', 't9']],
      ['x4', 'question', ['t10', 't11', 't12', 't13']],
      ['x5', 'question', ['t14', 't15', 't16']],
      ['x6', 'closing', ['t17', 't18', 't19']],
    ]);
  });

  it('resolves the long and short labels of the secretary to one official', () => {
    expect(speaker('s-esper')).toEqual({
      id: 's-esper',
      name: 'Mark T. Esper',
      kind: 'official',
      role: 'Secretary of Defense',
      affiliation: 'United States',
      labels: ['SECRETARY OF DEFENSE DR. MARK T. ESPER', 'SEC. ESPER'],
    });
    expect(turn('t5')?.speakerId).toBe('s-esper');
  });

  it('names the reporters from the introductions', () => {
    expect(turn('t4')?.speakerId).toBe('r-luis-martinez');
    expect(speaker('r-luis-martinez')).toMatchObject({
      name: 'Luis Martinez',
      affiliation: 'ABC News',
    });
    expect(speaker('r-rai-television')).toMatchObject({
      name: 'RAI Television reporter',
      affiliation: 'RAI Television',
    });
  });
});
