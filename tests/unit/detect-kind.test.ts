import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import { detectKind } from '../../src/domain/document/detect-kind';

describe('detectKind', () => {
  it('reads the seed briefing as a transcript and the seed story as an article', () => {
    expect(detectKind(briefingText)).toBe('transcript');
    expect(detectKind(storyText)).toBe('article');
  });

  it('reads the made-up press release as an article', () => {
    const url = new URL('../fixtures/article-press-release.txt', import.meta.url);
    expect(detectKind(readFileSync(url, 'utf8'))).toBe('article');
  });

  it('counts upper-case labels with a no-break space, a note or a space before the colon', () => {
    expect(detectKind('SEC. DOE:\u00a0 Good morning.\n\nQ:\u00a0 A question.')).toBe('transcript');
    expect(detectKind('MIN. ROSSI (THROUGH TRANSLATOR):  Yes.\n\nQUESTION :  Why?')).toBe(
      'transcript',
    );
    expect(detectKind('  MS. LEE (through interpreter): Yes.\n  UNKNOWN: No.')).toBe('transcript');
  });

  it('needs two labelled paragraphs, not one', () => {
    expect(detectKind('LONDON: Ships sailed today.\n\nThey will return in May.')).toBe('article');
  });

  it('does not count a mid-turn translator mark or a stage direction as a label', () => {
    expect(detectKind('(THROUGH TRANSLATOR):  Yes.\n\n(CROSSTALK)\n\nQ:  Why?')).toBe('article');
  });

  it('counts two mixed-case names only when each speaks more than once', () => {
    const dialogue = 'Rumsfeld:  Yes.\nReporter:  Why?\nRumsfeld:  Because.\nReporter:  Thanks.';
    expect(detectKind(dialogue)).toBe('transcript');
    expect(detectKind('Rumsfeld:  Yes.\nReporter:  Why?\nRumsfeld:  Because.')).toBe('article');
    expect(detectKind('Note:  one.\nNote:  two.\nNote:  three.')).toBe('article');
  });

  it('reads attributions and captions in a story as prose', () => {
    const story =
      'Title\n\nDefence Secretary Jane Doe said:\n\nWe agree.\n\nJane Doe added:\n\nYes.\n\nPicture: A. Person.\n\nPicture: B. Person.';
    expect(detectKind(story)).toBe('article');
  });

  it('reads transcripts in other publishers’ forms as transcripts', () => {
    const forms = [
      'label-alone',
      'name-lines',
      'timestamps',
      'outlet-labels',
      'weekly-briefing',
      'alliance-press-conference',
    ];
    for (const name of forms) {
      const url = new URL(`../fixtures/transcript-${name}.txt`, import.meta.url);
      expect([name, detectKind(readFileSync(url, 'utf8'))]).toEqual([name, 'transcript']);
    }
    expect(detectKind('Q    Why?\n\nMS. ROE:  Because.\n\nQ    When?\n\nMS. ROE:  Soon.')).toBe(
      'transcript',
    );
  });

  it('reads empty text as an article', () => {
    expect(detectKind('')).toBe('article');
  });
});
