import { describe, expect, it } from 'vitest';
import { storyText } from '../../src/content/seeds';
import { parseArticle } from '../../src/domain/article/parse-article';
import type { ArticleParagraph } from '../../src/domain/types';

const story = parseArticle(storyText);

const paragraphStarting = (opening: string): ArticleParagraph => {
  const paragraph = story.paragraphs.find((p) => p.text.startsWith(opening));
  if (paragraph === undefined) throw new Error(`no paragraph starts with "${opening}"`);
  return paragraph;
};

describe('parseArticle on the seed story', () => {
  it('drops the heading mark and the "News story:" prefix from the title', () => {
    expect(story.title).toBe('Britain and Italy stand together to tackle security threats');
    const span = story.titleSpan;
    expect(span).toBeDefined();
    expect(storyText.slice(span?.start, span?.end)).toBe(story.title);
  });

  it('numbers paragraphs in order and keeps their exact text', () => {
    expect(story.paragraphs.map((p) => p.id)).toEqual(
      story.paragraphs.map((_, index) => `p${index + 1}`),
    );
    for (const paragraph of story.paragraphs) {
      expect(storyText.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(paragraph.text).toBe(paragraph.text.trim());
    }
    expect(story.paragraphs[0]?.text).toMatch(/^In meetings with his counterpart/);
  });

  it('reads the first attribution as the Defence Secretary, named with his honorific', () => {
    const attribution = paragraphStarting('Defence Secretary Sir Michael Fallon said:');
    expect(attribution.kind).toBe('body');
    expect(attribution.speakerId).toBeUndefined();
    expect(story.speakers).toEqual([
      {
        id: 's-fallon',
        name: 'Sir Michael Fallon',
        kind: 'official',
        role: 'Defence Secretary',
        labels: ['Defence Secretary Sir Michael Fallon', 'Sir Michael'],
      },
    ]);
  });

  it('continues the quote through first-person paragraphs and stops at the first that is not', () => {
    const kinds = [
      'In leading NATO',
      'The Royal Navy has played a key role',
      'A small team of specialist',
      'The purpose of the training',
    ].map((opening) => [paragraphStarting(opening).kind, paragraphStarting(opening).speakerId]);
    expect(kinds).toEqual([
      ['quote', 's-fallon'],
      ['quote', 's-fallon'],
      ['body', undefined],
      ['body', undefined],
    ]);
  });

  it('resolves "Sir Michael added:" to the same speaker', () => {
    expect(paragraphStarting('Sir Michael added:').kind).toBe('body');
    const quote = paragraphStarting('NATO is the cornerstone of our Defence');
    expect(quote).toMatchObject({ kind: 'quote', speakerId: 's-fallon' });
  });

  it('marks the paragraph with the picture credit as a caption', () => {
    const captions = story.paragraphs.filter((p) => p.kind === 'caption');
    expect(captions.map((p) => p.text)).toEqual([
      'Defence Secretary Sir Michael Fallon today met with his Italian counterpart Roberta Pinotti. Picture: Ministero della Difesa Italiana – Ufficio Pubblica Informazione.',
    ]);
  });

  it('makes each of the three list lines its own list item', () => {
    const items = story.paragraphs.filter((p) => p.kind === 'list-item');
    expect(items.map((p) => p.text.slice(0, 24))).toEqual([
      '- HMS Echo continues to ',
      '- Echo has already rescu',
      '- Royal Navy vessels hav',
    ]);
    expect(story.paragraphs.at(-1)).toBe(items[2]);
  });

  it("finds Libya's, Libyan, NATO and migration at exact offsets", () => {
    const at = (start: number, end: number) => storyText.slice(start, end);
    const third = paragraphStarting('The UK and Italy are also working closely');
    expect(third.mentions).toContainEqual({ topicId: 'libya', start: 650, end: 655 });
    expect(at(650, 657)).toBe("Libya's");
    expect(third.mentions).toContainEqual({
      topicId: 'mediterranean-migration',
      start: 558,
      end: 567,
    });
    expect(at(558, 567)).toBe('migration');
    const libyan = paragraphStarting('The Royal Navy has played');
    expect(libyan.mentions[0]).toEqual({ topicId: 'libya', start: 1094, end: 1100 });
    expect(at(1094, 1100)).toBe('Libyan');
    const nato = paragraphStarting('They reviewed their partnership');
    expect(nato.mentions).toContainEqual({ topicId: 'nato', start: 332, end: 336 });
    expect(at(332, 336)).toBe('NATO');
    expect(nato.topics).toEqual(['nato', 'cooperation']);
  });

  it('reports nothing wrong with the seed story', () => {
    expect(story.diagnostics).toEqual([]);
  });
});
