import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/parse-document';
import {
  checkSourceUrl,
  describeDateGap,
  guessSource,
} from '../../src/domain/document/source-facts';

describe('describeDateGap', () => {
  it('says the shipped story is almost three years older than the briefing', () => {
    expect(describeDateGap('2020-01-31', '2017-02-09')).toBe(
      'The story is from 9 February 2017, almost 3 years before the briefing of 31 January 2020.',
    );
  });

  it('says nothing when the two are weeks apart or a date is missing', () => {
    expect(describeDateGap('2020-01-31', '2020-02-04')).toBeUndefined();
    expect(describeDateGap('2020-01-31', '2019-12-01')).toBeUndefined();
    expect(describeDateGap(undefined, '2017-02-09')).toBeUndefined();
    expect(describeDateGap('2020-01-31', 'last week')).toBeUndefined();
  });

  it('counts months, and a story after its briefing', () => {
    expect(describeDateGap('2020-01-31', '2020-07-31')).toBe(
      'The story is from 31 July 2020, 6 months after the briefing of 31 January 2020.',
    );
    expect(describeDateGap('2021-06-15', '2020-01-10')).toBe(
      'The story is from 10 January 2020, 1 year and 5 months before the briefing of 15 June 2021.',
    );
  });
});

describe('guessSource', () => {
  it('reads a briefing’s date line under its title', () => {
    const text = readFileSync('tests/fixtures/import-briefing.txt', 'utf8');
    const document = parseDocument(text, 'transcript');
    expect(guessSource(document, text)).toEqual({ publisher: '', date: '2021-03-03', url: '' });
  });

  it('takes a web address from the text, without the full stop after it', () => {
    const text =
      'Harbor Ministry opens a new pier\n\n12 May 2022\n\nThe ministry opened a pier. Read more at https://example.org/news/pier.\n';
    const document = parseDocument(text, 'article');
    expect(guessSource(document, text)).toMatchObject({
      date: '2022-05-12',
      url: 'https://example.org/news/pier',
    });
  });
});

describe('checkSourceUrl', () => {
  it('takes an empty address or a web address, and refuses others with a reason', () => {
    expect(checkSourceUrl('')).toBeUndefined();
    expect(checkSourceUrl('https://example.org/a')).toBeUndefined();
    expect(checkSourceUrl('javascript:alert(1)')).toBe(
      'The source address must be a web address starting with https:// or http://.',
    );
    expect(checkSourceUrl('example.org')).toBe(
      'The source address must be a web address starting with https:// or http://.',
    );
  });
});
