import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyText } from '../../src/content/seeds';
import { defaultTopics } from '../../src/content/topics';
import { parseArticle } from '../../src/domain/article/parse-article';
import { compileTopics, findMentions } from '../../src/domain/topics/match';
import type { Article } from '../../src/domain/types';

// Story-shaped text: pieces of real story lines, list lines, attributions, captions, quotes and
// noise, joined by every kind of line break and blank run.
const storyLines = storyText.split('\n');
const piece = fc.oneof(
  fc.constantFrom(...storyLines),
  fc.constantFrom(
    '# News story: A title',
    'Press release: Something',
    'Sir Jane Doe said:',
    'She added:',
    'The Minister told reporters:',
    '“We are ready,” said Ana Ruiz.',
    'Ana Ruiz said: "Yes."',
    '"Quoted paragraph."',
    '- item',
    '* item',
    '• item',
    '1. item',
    '  indented continuation',
    'Photo: Someone.',
    '#',
    ':',
    '\u00a0',
    '\ufeff',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n\n\n', ' \n \n');
const storyLike = fc
  .array(fc.tuple(piece, lineBreak), { maxLength: 30 })
  .map((parts) => parts.map(([text, br]) => text + br).join(''));
// Halves of topic phrases, so that a match could run across a paragraph break ("land" / "mines").
const halves = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'we cleared the land',
        'mine fields',
        'mines and mine',
        'fields',
        'Burden',
        'sharing',
        '- land',
      ),
      lineBreak,
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.map(([text, br]) => text + br).join(''));
const anyText = fc.oneof(storyLike, fc.string({ unit: 'binary', maxLength: 300 }));

const covered = (article: Article, length: number): boolean[] => {
  const marks: boolean[] = Array.from({ length }, () => false);
  for (const p of article.paragraphs) marks.fill(true, p.start, p.end);
  return marks;
};

describe('parseArticle properties', () => {
  it('never throws, and every span holds its text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parseArticle(text);
        if (article.titleSpan !== undefined) {
          const { start, end } = article.titleSpan;
          expect(text.slice(start, end)).toBe(article.title);
        }
        for (const p of article.paragraphs) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.text.trim()).toBe(p.text);
          expect(p.text.length).toBeGreaterThan(0);
          for (const m of p.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(p.start);
            expect(m.end).toBeLessThanOrEqual(p.end);
          }
        }
        for (const d of article.diagnostics) {
          expect(d.start).toBeLessThanOrEqual(d.end);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('loses no character after the title: each one that is not white space is in a paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parseArticle(text);
        const marks = covered(article, text.length);
        const from = article.titleSpan?.end ?? 0;
        for (let index = from; index < text.length; index += 1) {
          if (/\S/.test(text.charAt(index)) && marks[index] !== true) {
            throw new Error(`character ${index} (${JSON.stringify(text.charAt(index))}) was lost`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps paragraphs in order without overlap', () => {
    fc.assert(
      fc.property(storyLike, (text) => {
        const { paragraphs } = parseArticle(text);
        paragraphs.forEach((p, index) => {
          const next = paragraphs[index + 1];
          if (next !== undefined) expect(p.end).toBeLessThan(next.start);
        });
      }),
    );
  });

  it('gives the same ids twice, numbered in order, and quotes only by listed speakers', () => {
    fc.assert(
      fc.property(storyLike, (text) => {
        const first = parseArticle(text);
        expect(parseArticle(text)).toEqual(first);
        expect(first.paragraphs.map((p) => p.id)).toEqual(
          first.paragraphs.map((_, index) => `p${index + 1}`),
        );
        const ids = first.speakers.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of first.paragraphs) {
          if (p.speakerId !== undefined) {
            expect(p.kind).toBe('quote');
            expect(ids).toContain(p.speakerId);
          }
        }
        // Every listed speaker was quoted at least once.
        for (const id of ids) {
          expect(first.paragraphs.some((p) => p.speakerId === id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds in each paragraph exactly the mentions its own text holds', () => {
    const matcher = compileTopics(defaultTopics);
    fc.assert(
      fc.property(fc.oneof(storyLike, halves), (text) => {
        for (const p of parseArticle(text).paragraphs) {
          expect(p.mentions).toEqual(findMentions(p.text, p.start, matcher));
        }
      }),
      { numRuns: 400 },
    );
  });
});
