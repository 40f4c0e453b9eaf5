import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/domain/article/parse-article';
import type { Article } from '../../src/domain/types';

const kinds = (article: Article) =>
  article.paragraphs.map((p) => [p.kind, p.speakerId ?? null, p.text.slice(0, 20)]);

describe('parseArticle titles', () => {
  it('drops a "Press release:" prefix from a heading', () => {
    const article = parseArticle('# Press release: Harbour patrols extended\n\nThe patrols go on.');
    expect(article.title).toBe('Harbour patrols extended');
    expect(article.titleSpan).toEqual({ start: 17, end: 41 });
  });

  it('drops a longer document-kind prefix such as "Oral statement to Parliament:"', () => {
    const article = parseArticle('Oral statement to Parliament: Fleet review\n\nText.');
    expect(article.title).toBe('Fleet review');
  });

  it('keeps a place name before a colon, which names no kind of document', () => {
    expect(parseArticle('# Libya: talks resume\n\nText.').title).toBe('Libya: talks resume');
  });

  it('takes a plain first line that stands alone as the title', () => {
    const article = parseArticle('Ships return to port\n\nThe ships came home on Friday.');
    expect(article.title).toBe('Ships return to port');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The ships came home on Friday.']);
    expect(article.diagnostics).toEqual([]);
  });

  it('without a title line, keeps every paragraph and names the story after its first sentence', () => {
    const text =
      'The harbour reopened on Monday after two weeks of repairs. Traders welcomed the news.\n\nMore ships are expected.';
    const article = parseArticle(text);
    expect(article.titleSpan).toBeUndefined();
    expect(article.title).toBe('The harbour reopened on Monday after two weeks of repairs.');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.diagnostics.map((d) => d.code)).toEqual(['no-title']);
  });
});

describe('parseArticle paragraph kinds', () => {
  it('marks a "Photo:" paragraph as a caption', () => {
    const article = parseArticle(
      '# Title\n\nThe minister visits the yard. Photo: Jo Bloggs.\n\nText.',
    );
    expect(kinds(article).map(([kind]) => kind)).toEqual(['caption', 'body']);
  });

  it('does not take "photo" in running text for a credit', () => {
    const article = parseArticle('# Title\n\nShe took a photo of the ship.');
    expect(article.paragraphs[0]?.kind).toBe('body');
  });

  it('splits "* " and numbered lines into list items, even without blank lines between them', () => {
    const text =
      '# Title\n\nKey facts:\n* first fact\n* second fact\n1. third fact\nAfter the list.';
    const article = parseArticle(text);
    expect(article.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['body', 'Key facts:'],
      ['list-item', '* first fact'],
      ['list-item', '* second fact'],
      ['list-item', '1. third fact'],
      ['body', 'After the list.'],
    ]);
  });

  it('keeps an indented line after a list item in that item', () => {
    const article = parseArticle('# Title\n\n- a long item\n  that wraps\n- next');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '- a long item\n  that wraps',
      '- next',
    ]);
  });
});

describe('parseArticle quotes', () => {
  it('attributes a paragraph wrapped in quotation marks, and the quoted one after it', () => {
    const text = [
      '# Title',
      'Harbour Minister Ana Ruiz said today:',
      '“The port will stay open through the winter.”',
      '“It is a matter of trade, not pride.”',
      'The port employs 400 people.',
    ].join('\n\n');
    const article = parseArticle(text);
    expect(kinds(article)).toEqual([
      ['body', null, 'Harbour Minister Ana'],
      ['quote', 's-ruiz', '“The port will stay '],
      ['quote', 's-ruiz', '“It is a matter of t'],
      ['body', null, 'The port employs 400'],
    ]);
    expect(article.speakers[0]).toMatchObject({
      name: 'Ana Ruiz',
      role: 'Harbour Minister',
      kind: 'official',
    });
  });

  it('reads a quote and its speaker from one paragraph', () => {
    const text =
      '# Title\n\nAna Ruiz said: “We will stay open.”\n\n“We have no choice,” said Tom Okafor.';
    const article = parseArticle(text);
    expect(kinds(article).map(([kind, id]) => [kind, id])).toEqual([
      ['quote', 's-ruiz'],
      ['quote', 's-okafor'],
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Ana Ruiz', 'unknown'],
      ['Tom Okafor', 'unknown'],
    ]);
  });

  it('resolves a pronoun and a bare role to the person named before', () => {
    const text = [
      '# Title',
      'Dr Ana Ruiz, the Harbour Minister, said:',
      'We are ready.',
      'She added:',
      'Nothing changes.',
      'The Harbour Minister told reporters:',
      'Trade comes first.',
    ].join('\n\n');
    const article = parseArticle(text);
    const quotes = article.paragraphs.filter((p) => p.kind === 'quote');
    expect(quotes.map((p) => p.speakerId)).toEqual(['s-ruiz', 's-ruiz', 's-ruiz']);
    expect(article.speakers).toHaveLength(1);
    expect(article.speakers[0]).toMatchObject({
      name: 'Dr Ana Ruiz',
      role: 'Harbour Minister',
    });
  });

  it('gives two people of the same surname distinct ids', () => {
    const text = '# T\n\nAna Ruiz said:\n\nYes.\n\nLuis Ruiz said:\n\nNo.';
    expect(parseArticle(text).speakers.map((s) => s.id)).toEqual(['s-ruiz', 's-ruiz-2']);
  });

  it('lists only people who were quoted, and reports an attribution with nothing after it', () => {
    const text = '# Title\n\nSome text.\n\nThe Harbour Minister Ana Ruiz said:';
    const article = parseArticle(text);
    expect(article.speakers).toEqual([]);
    expect(article.diagnostics).toEqual([
      expect.objectContaining({ code: 'unmatched-attribution', start: 21, end: 56 }),
    ]);
    expect(article.diagnostics[0]?.message).toMatch(/no quoted paragraph follows/);
  });

  it('reports a pronoun attribution with no one named before it', () => {
    const article = parseArticle('# Title\n\nHe said:\n\nWe agree.');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(article.diagnostics[0]?.message).toMatch(/does not say who is speaking/);
  });

  it('does not take the US for the first person', () => {
    const text = '# T\n\nAna Ruiz said:\n\nWe agree.\n\nThe US sent two ships.';
    expect(parseArticle(text).paragraphs.map((p) => p.kind)).toEqual(['body', 'quote', 'body']);
  });
});

describe('parseArticle on text that is not a story', () => {
  it('reports empty text', () => {
    const article = parseArticle(' \n\t\n');
    expect(article.paragraphs).toEqual([]);
    expect(article.diagnostics.map((d) => d.code)).toEqual(['empty']);
  });

  it('reports binary text without throwing', () => {
    const article = parseArticle('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(article.diagnostics.map((d) => d.code)).toContain('binary');
  });

  it('uses the topics it is given', () => {
    const topics = [{ id: 'ports', label: 'Ports', patterns: ['harbour'] }] as const;
    const article = parseArticle('# T\n\nThe harbour and Libya.', {
      topics: topics.map((t) => ({ ...t, id: t.id as never })),
    });
    expect(article.paragraphs[0]?.mentions).toEqual([{ topicId: 'ports', start: 9, end: 16 }]);
  });

  it('finds no mention across a paragraph break, and the one that starts after it', () => {
    const text = '# T\n\nWe cleared the land\n\nmine fields remain.';
    const [first, second] = parseArticle(text).paragraphs;
    expect(first?.mentions).toEqual([]);
    expect(second?.mentions).toEqual([{ topicId: 'landmines', start: 26, end: 37 }]);
  });
});
