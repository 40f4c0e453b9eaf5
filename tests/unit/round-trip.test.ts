import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../src/content/seeds';
import { exportTranscriptText } from '../../src/domain/export/text';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Transcript } from '../../src/domain/types';
import { briefingArbitrary } from './round-trip-generator';

// What the plain-text export must preserve: who speaks (ids, names, kinds, labels), every turn's id,
// speaker and paragraphs, and the exchanges. Offsets and diagnostics naturally differ.
const structure = (transcript: Transcript) => ({
  title: transcript.title,
  speakers: transcript.speakers.map(({ id, name, kind, labels }) => ({ id, name, kind, labels })),
  turns: transcript.turns.map((turn) => ({
    id: turn.id,
    speakerId: turn.speakerId,
    label: turn.label,
    interpreted: turn.interpreted,
    paragraphs: turn.paragraphs.map(({ text, interpreted, stage }) => ({
      text,
      interpreted,
      stage,
    })),
  })),
  exchanges: transcript.exchanges,
});

const reparse = (transcript: Transcript): Transcript =>
  parseTranscript(exportTranscriptText(transcript));

describe('plain-text export round trip', () => {
  it('keeps the seed briefing’s speakers, turns and exchanges', () => {
    const original = parseTranscript(briefingText);
    expect(original.turns.length).toBeGreaterThan(15);
    expect(structure(reparse(original))).toEqual(structure(original));
  });

  it('keeps generated briefings’ speakers, turns and exchanges', () => {
    fc.assert(
      fc.property(briefingArbitrary, (text) => {
        const original = parseTranscript(text);
        expect(structure(reparse(original))).toEqual(structure(original));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the same text again once a document has been through it', () => {
    fc.assert(
      fc.property(briefingArbitrary, (text) => {
        const once = exportTranscriptText(parseTranscript(text));
        expect(exportTranscriptText(parseTranscript(once))).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  it('restores a mid-turn translator mark so the paragraph stays interpreted', () => {
    const original = parseTranscript(briefingText);
    const question = original.turns.find(
      (turn) => !turn.interpreted && turn.paragraphs.some((paragraph) => paragraph.interpreted),
    );
    expect(question?.label).toBe('Q');
    const text = exportTranscriptText(original);
    expect(text).toContain('\n\n(THROUGH TRANSLATOR):\u00a0 Minister Guerini, Libya in particular');
  });
});
