import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/domain/article/parse-article';

// A made-up press release that uses most of what the story parser reads.
const text = readFileSync(
  new URL('../fixtures/article-press-release.txt', import.meta.url),
  'utf8',
);
const article = parseArticle(text);
const summary = article.paragraphs.map(
  (p) => `${p.id} ${p.kind} ${p.speakerId ?? '-'} ${p.text.slice(0, 28)}`,
);

describe('parseArticle on a press release', () => {
  it('takes the title from a second-level heading without its prefix', () => {
    expect(article.title).toBe('Harbour patrols extended into the winter');
  });

  it('reads every paragraph, quote, caption and list item in order', () => {
    expect(summary).toEqual([
      'p1 body - Coastal patrols around the n',
      'p2 body - Harbour Minister Dame Ana Ru',
      'p3 quote s-ruiz "Our crews have shown what t',
      'p4 quote s-ruiz We will keep the patrols at ',
      'p5 body - The patrols cost about £4 mi',
      'p6 quote s-okafor "It is the right call for th',
      'p7 body - Mr Okafor added:',
      'p8 quote s-okafor Every one of those calls was',
      'p9 caption - Crew members of the patrol v',
      'p10 body - The patrols will:',
      'p11 list-item - • keep two vessels at sea at',
      'p12 list-item - • train local volunteers in ',
      'p13 list-item - 1. report to Parliament ever',
      'p14 body - Notes to editors:',
      'p15 body - The Ministry publishes patro',
      'p16 body - She added:',
    ]);
  });

  it('names the two people quoted, one an official by her role', () => {
    expect(article.speakers).toEqual([
      {
        id: 's-ruiz',
        name: 'Dame Ana Ruiz',
        kind: 'official',
        role: 'Harbour Minister',
        labels: ['Harbour Minister Dame Ana Ruiz'],
      },
      {
        id: 's-okafor',
        name: 'Tom Okafor',
        kind: 'official',
        role: 'Port Director',
        labels: ['Tom Okafor, the Port Director', 'Mr Okafor'],
      },
    ]);
  });

  it('tags search and rescue, the alliance and migration', () => {
    const topics = new Set(article.paragraphs.flatMap((p) => p.topics));
    expect([...topics].sort()).toEqual(['mediterranean-migration', 'nato']);
  });

  it('reports the last attribution, which has nothing after it', () => {
    expect(article.diagnostics.map((d) => [d.code, text.slice(d.start, d.end)])).toEqual([
      ['unmatched-attribution', 'She added:'],
    ]);
  });
});
