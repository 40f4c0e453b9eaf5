import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../src/content/topics';
import { compileTopics, findMentions } from '../../src/domain/topics/match';

const matcher = compileTopics(defaultTopics);
const found = (text: string) =>
  findMentions(text, 0, matcher).map((m) => [m.topicId, text.slice(m.start, m.end)]);

describe('findMentions', () => {
  it('matches whole words case-insensitively', () => {
    expect(found('LIBYA and libyan forces')).toEqual([
      ['libya', 'LIBYA'],
      ['libya', 'libyan'],
    ]);
  });

  it('does not match inside a longer word', () => {
    expect(found('Irate Iraqis in Iraqistan')).toEqual([['iraq', 'Iraqis']]);
  });

  it('matches phrases across hyphens and no-break spaces', () => {
    expect(found('Burden-sharing and mine\u00a0fields')).toEqual([
      ['nato', 'Burden-sharing'],
      ['landmines', 'mine\u00a0fields'],
    ]);
  });

  it('matches symbols such as 5G and 2% of GDP', () => {
    expect(found('the 5G plan and 2% of GDP')).toEqual([
      ['5g', '5G'],
      ['nato', '2% of GDP'],
    ]);
  });

  it('offsets mentions by where the text starts in the input', () => {
    const [mention] = findMentions('about Huawei', 100, matcher);
    expect(mention).toEqual({ topicId: '5g', start: 106, end: 112 });
  });

  it('does not tag a bare "mine"', () => {
    expect(found('that is mine')).toEqual([]);
  });
});
