import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../src/content/topics';
import { detectKind } from '../../src/domain/document/detect-kind';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { compileTopics, findMentions } from '../../src/domain/topics/match';

// A turn opens a paragraph with an upper-case label, its colon, a no-break space and a space.
const labelLine = /^(\p{Lu}[\p{Lu}.'’ -]*(?: \(THROUGH TRANSLATOR\))?):\u00a0 \S/u;
const labelsOf = (text: string): string[] =>
  text.split('\n\n').flatMap((paragraph) => labelLine.exec(paragraph)?.[1] ?? []);

describe('generateTranscript', () => {
  it('gives the same text for the same seed and a different one for another seed', () => {
    const once = generateTranscript({ turns: 60, seed: 7 });
    expect(generateTranscript({ turns: 60, seed: 7 })).toBe(once);
    expect(generateTranscript({ turns: 60, seed: 8 })).not.toBe(once);
  });

  it('writes exactly the number of turns asked for', () => {
    for (const turns of [1, 2, 5, 8, 9, 137]) {
      expect(labelsOf(generateTranscript({ turns, seed: turns }))).toHaveLength(turns);
    }
  });

  it('is detected as a transcript', () => {
    for (const seed of [1, 2, 3]) {
      expect(detectKind(generateTranscript({ turns: 40, seed }))).toBe('transcript');
    }
  });

  it('follows the shipped briefing’s format: boilerplate, title, date, presenters, then turns', () => {
    const text = generateTranscript({ turns: 30, seed: 11 });
    // The archive notice after the page furniture comes with some seeds and not others.
    const paragraphs = text.split('\n\n').filter((p) => !p.startsWith('You have accessed part'));
    expect(paragraphs[0]).toBe(
      "An official website of the United States Government\u00a0\nHere's how you know",
    );
    expect(paragraphs[5]).toMatch(/^Secretary of Defense Dr\. .+ Joint Press|Press Availability/);
    expect(paragraphs[6]).toMatch(
      /^(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}$/,
    );
    expect(paragraphs[7]).toMatch(/^Presenters: Secretary of Defense Dr\. /);
    expect(paragraphs[8]).toMatch(/^SECRETARY OF DEFENSE DR\. \p{Lu}+ [A-Z]\. \p{Lu}+:\u00a0 /u);
    expect(text.endsWith('STAFF:\u00a0 Thank you all.\n')).toBe(true);
  });

  it('uses long labels first, then short ones, and marks interpreted speech', () => {
    const labels = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const label of labelsOf(generateTranscript({ turns: 120, seed }))) labels.add(label);
    }
    const all = [...labels];
    expect(all.some((l) => /^SEC\. \p{Lu}+$/u.test(l))).toBe(true);
    expect(all.some((l) => /^[A-Z]+ MINISTER OF DEFENSE .+ \(THROUGH TRANSLATOR\)$/u.test(l))).toBe(
      true,
    );
    expect(all.some((l) => /^MIN\. \p{Lu}+ \(THROUGH TRANSLATOR\)$/u.test(l))).toBe(true);
    expect(all).toContain('Q (THROUGH TRANSLATOR)');
    expect(all).toContain('STAFF');
  });

  it('has STAFF introductions, self-introductions, unnamed reporters and stage directions', () => {
    const text = generateTranscript({ turns: 400, seed: 3 });
    expect(text).toMatch(/\n\nSTAFF:\u00a0 [A-Z][\p{L}]+ [A-Z][\p{L}]+, [^\n]+\.\n/u);
    expect(text).toMatch(/\n\nQ:\u00a0 Hi, [A-Z][\p{L}]+ [A-Z][\p{L}]+ (?:with|from) /u);
    expect(text).toMatch(/\n\nQ:\u00a0 \(inaudible\), [^\n]+\.\n/);
    expect(text).toMatch(/\n\n\(THROUGH TRANSLATOR\):\u00a0 \S/);
    expect(text).toMatch(/\n\n\(CROSSTALK\)\n\n/);
    expect(text).toMatch(/\w \(inaudible\) \w/);
  });

  it('invents many reporters and outlets', () => {
    const text = generateTranscript({ turns: 2000, seed: 9 });
    const introductions = new Set(text.match(/\n\nSTAFF:\u00a0 [^\n]+/g));
    expect(introductions.size).toBeGreaterThan(50);
  });

  it('spreads the shipped topics through the speech', () => {
    const text = generateTranscript({ turns: 300, seed: 5 });
    const topics = new Set(
      findMentions(text, 0, compileTopics(defaultTopics)).map((m) => m.topicId),
    );
    expect(topics.size).toBe(defaultTopics.length);
  });

  it('names none of the people or outlets of the shipped briefing', () => {
    const text = generateTranscript({ turns: 3000, seed: 13 });
    expect(text).not.toMatch(/Esper|Guerini|Martinez|Schogol|\bRAI\b|ABC News|Task & Force/);
  });

  it('scales past 10,000 turns', () => {
    const text = generateTranscript({ turns: 12000, seed: 1 });
    expect(labelsOf(text)).toHaveLength(12000);
    expect(text.length).toBeGreaterThan(3_000_000);
  });
});
