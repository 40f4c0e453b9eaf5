import { describe, expect, it } from 'vitest';
import { listWordForms, matchText } from '../../src/domain/search/match';
import { parseQuery } from '../../src/domain/search/query';
import { findTextMatches } from '../../src/domain/search/search';
import { readQuery } from './search-fixtures';

const problemOf = (text: string) => {
  const reading = parseQuery(text);
  return reading.ok ? undefined : reading.problem;
};

/** The texts a query highlights in a text. */
const found = (text: string, query: string): string[] =>
  findTextMatches(text, 0, query).map((span) => text.slice(span.start, span.end));

describe('parseQuery', () => {
  it('reads words in any order, folded, with hyphens and marks squeezed out', () => {
    expect(readQuery('  Huawei 5G ').terms).toEqual([
      { kind: 'word', text: 'Huawei', words: ['huawei'] },
      { kind: 'word', text: '5G', words: ['5g'] },
    ]);
    expect(readQuery('F-35').terms).toEqual([{ kind: 'word', text: 'F-35', words: ['f35'] }]);
    expect(readQuery('Pélosi U.S.').terms.map((term) => term.words)).toEqual([['pelosi'], ['us']]);
  });

  it('reads a phrase in straight or typographic quotes, and an unclosed quote to the end', () => {
    expect(readQuery('"mine fields" Libya').terms).toEqual([
      { kind: 'phrase', text: '"mine fields"', words: ['mine', 'fields'] },
      { kind: 'word', text: 'Libya', words: ['libya'] },
    ]);
    expect(readQuery('“burden sharing”').terms).toEqual([
      { kind: 'phrase', text: '"burden sharing"', words: ['burden', 'sharing'] },
    ]);
    expect(readQuery('Libya "two percent of').terms).toEqual([
      { kind: 'word', text: 'Libya', words: ['libya'] },
      { kind: 'phrase', text: '"two percent of"', words: ['two', 'percent', 'of'] },
    ]);
  });

  it('keeps single letters inside a phrase and leaves them out elsewhere', () => {
    const query = readQuery('a "plan b" Herat');
    expect(query.terms.map((term) => term.words)).toEqual([['plan', 'b'], ['herat']]);
    expect(query.ignored).toEqual(['a']);
  });

  it('drops a repeated term and bare punctuation', () => {
    expect(readQuery('Libya libya LIBYA, -- ?').terms).toEqual([
      { kind: 'word', text: 'Libya', words: ['libya'] },
    ]);
  });

  it('says why an empty query is not searched', () => {
    expect(problemOf('')).toEqual({ kind: 'empty', message: 'Type a word to search.' });
    expect(problemOf(' \u00a0 ')).toEqual({ kind: 'empty', message: 'Type a word to search.' });
  });

  it('asks for two characters when given one letter', () => {
    expect(problemOf('a')).toEqual({
      kind: 'too-short',
      message: 'Type at least 2 characters to search.',
    });
    expect(problemOf('"a"')?.kind).toBe('too-short');
    expect(problemOf('a b c')?.kind).toBe('too-short');
  });

  it('says punctuation alone finds nothing', () => {
    expect(problemOf('!!!')).toEqual({
      kind: 'no-words',
      message: 'Type a word to search: punctuation alone finds nothing.',
    });
    expect(problemOf('"" -- …')?.kind).toBe('no-words');
  });

  it('refuses 10,000 characters, saying how long it is and how long it may be', () => {
    expect(problemOf('Libya '.repeat(2000).slice(0, 10_000))).toEqual({
      kind: 'too-long',
      message: 'This search is 10,000 characters long; shorten it to 200 or fewer.',
    });
    expect(parseQuery('x'.repeat(200)).ok).toBe(true);
    expect(problemOf('x'.repeat(201))?.kind).toBe('too-long');
  });

  it('refuses more than 12 words, counting those inside quotes', () => {
    expect(parseQuery('one two three four five six seven eight nine ten eleven twelve').ok).toBe(
      true,
    );
    expect(
      problemOf('one two three four five six seven eight nine ten "eleven twelve thirteen"'),
    ).toEqual({ kind: 'too-many-words', message: 'This search has 13 words; use 12 or fewer.' });
  });
});

describe('listWordForms', () => {
  it('adds plural endings to a singular', () => {
    expect(listWordForms('landmine')).toEqual(['landmine', 'landmines', 'landminees']);
    expect(listWordForms('policy')).toEqual(['policy', 'policys', 'policyes', 'policies']);
  });

  it('takes a plural back to its singular', () => {
    expect(listWordForms('minefields')).toContain('minefield');
    expect(listWordForms('policies')).toContain('policy');
    expect(listWordForms('boxes')).toContain('box');
  });

  it('leaves short words and -ss, -us, -is endings alone', () => {
    expect(listWordForms('news')).not.toContain('new');
    expect(listWordForms('bus')).not.toContain('bu');
    expect(listWordForms('class')).not.toContain('clas');
    expect(listWordForms('crisis')).not.toContain('crisi');
  });
});

describe('the search language on literal text', () => {
  it('finds "minefields" written as one word, two words or with a hyphen', () => {
    expect(found('Minefields, mine fields and mine-fields remain.', 'minefields')).toEqual([
      'Minefields',
      'mine fields',
      'mine-fields',
    ]);
  });

  it('finds "F35" in "F-35" and "F-35" in "F35"', () => {
    expect(found('The F-35 program and the F35 jets.', 'F35')).toEqual(['F-35', 'F35']);
    expect(found('The F35 program.', 'F-35')).toEqual(['F35']);
  });

  it('finds "landmine" in "landmines" and "land mines", and back', () => {
    expect(found('Landmines and land mines; one landmine.', 'landmine')).toEqual([
      'Landmines',
      'land mines',
      'landmine',
    ]);
    expect(found('One landmine.', 'landmines')).toEqual(['landmine']);
  });

  it('needs every word of "Huawei 5G" in the text, in any order', () => {
    expect(found('On 5G networks, Huawei’s equipment is a concern.', 'Huawei 5G')).toEqual([
      '5G',
      'Huawei',
    ]);
    expect(found('Huawei equipment is a concern.', 'Huawei 5G')).toEqual([]);
  });

  it('finds "military Libya" where both words stand, whatever lies between them', () => {
    expect(found('Libya needs a stable government, and military help.', 'military Libya')).toEqual([
      'Libya',
      'military',
    ]);
    expect(found('Military help is coming.', 'military Libya')).toEqual([]);
  });

  it('matches a quoted phrase as a phrase only', () => {
    const text = 'We discussed burden sharing. Sharing the burden matters.';
    expect(found(text, '"burden sharing"')).toEqual(['burden sharing']);
    expect(found(text, '"sharing burden"')).toEqual([]);
    expect(found(text, 'sharing burden')).toEqual(['burden', 'sharing', 'Sharing', 'burden']);
  });

  it('lets a phrase run over punctuation and the no-break space after a label', () => {
    expect(found('Well, good morning.\u00a0 Thank you.', '"morning thank you"')).toEqual([
      'morning.\u00a0 Thank you',
    ]);
  });

  it('matches whole words only', () => {
    expect(found('Italy and Italian forces; Libyan and Libya.', 'Libya')).toEqual(['Libya']);
    expect(found('The minister spoke.', 'mine')).toEqual([]);
  });

  it('ignores case and accents both ways', () => {
    expect(found('Minister Pélosi and minister PELOSI spoke.', 'pelosi')).toEqual([
      'Pélosi',
      'PELOSI',
    ]);
    expect(found('Minister Pelosi spoke.', 'Pélosi')).toEqual(['Pelosi']);
    // A decomposed accent (e + a combining acute) is kept with its letter.
    expect(found('Ministro Pe\u0301losi.', 'Pelosi')).toEqual(['Pe\u0301losi']);
  });

  it('highlights "Huawei" alone in "Huawei’s", and the whole of it when asked', () => {
    expect(found('Huawei’s network', 'Huawei')).toEqual(['Huawei']);
    expect(found('Huawei’s network', "Huawei's")).toEqual(['Huawei’s']);
  });

  it('gives exact UTF-16 offsets into the text, from the given offset', () => {
    const text = 'Q:\u00a0 Minister Pélosi — on the mine-fields near Herat?';
    expect(findTextMatches(text, 100, '"mine fields" Pelosi')).toEqual([
      { start: 113, end: 119 },
      { start: 129, end: 140 },
    ]);
    expect(text.slice(13, 19)).toBe('Pélosi');
    expect(text.slice(29, 40)).toBe('mine-fields');
  });

  it('merges a word and a phrase of the same query where they overlap', () => {
    expect(found('The mine fields of Herat.', 'mine "mine fields"')).toEqual(['mine fields']);
  });
});

describe('matchText', () => {
  it('measures how close the words stand: the narrowest stretch holding all of them', () => {
    const near = matchText('Libya: military aid.', readQuery('military Libya'));
    const far = matchText(
      'Libya is far away from this talk of military aid.',
      readQuery('military Libya'),
    );
    expect(near?.spread).toBe('Libya: military'.length);
    expect(far?.spread).toBe('Libya is far away from this talk of military'.length);
  });

  it('finds nothing unless every term is there', () => {
    expect(matchText('Military aid.', readQuery('military Libya'))).toBeUndefined();
  });
});
