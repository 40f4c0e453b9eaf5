import { describe, expect, it } from 'vitest';
import {
  assignSlugs,
  capSlug,
  composeDocumentSlug,
  hashText,
  isSlug,
  toAsciiSlug,
} from '../../src/domain/archive/slugs';

describe('toAsciiSlug', () => {
  it('writes lower-case ASCII words joined by single hyphens', () => {
    expect(toAsciiSlug('Media Availability with the Secretary')).toBe(
      'media-availability-with-the-secretary',
    );
    expect(toAsciiSlug('Señor Núñez — Q&A, part 2!')).toBe('senor-nunez-q-a-part-2');
    expect(toAsciiSlug('  Ελληνικά only  ')).toBe('only');
    expect(toAsciiSlug('Ελληνικά')).toBe('');
    expect(toAsciiSlug('Libya’s coastguard')).toBe('libya-s-coastguard');
  });
});

describe('capSlug', () => {
  it('cuts at a hyphen and drops a small word left dangling', () => {
    expect(capSlug('secretary-of-defense-and-minister-of-defense', 30)).toBe(
      'secretary-of-defense',
    );
    expect(capSlug('media-availability', 30)).toBe('media-availability');
    expect(capSlug('supercalifragilisticexpialidocious-talk', 10)).toBe('supercalif');
  });
});

describe('composeDocumentSlug', () => {
  it('puts the date first, and falls back to the file name without a title', () => {
    expect(composeDocumentSlug('2019-07-24', 'Media Availability with the Secretary', 'x')).toBe(
      '2019-07-24-media-availability-with-the-secretary',
    );
    expect(composeDocumentSlug(undefined, 'Remarks at the Forum', 'x')).toBe(
      'remarks-at-the-forum',
    );
    expect(composeDocumentSlug('2020-01-15', '', 'briefing 7')).toBe('2020-01-15-briefing-7');
    expect(composeDocumentSlug(undefined, '', '')).toBe('untitled');
  });

  it('never gives more than 100 characters', () => {
    const slug = composeDocumentSlug(
      '2020-02-03',
      'Secretary of Defense Dr. Helen V. Marsh and Chairman of the Joint Chiefs of Staff General Corwin J. Ashdale Press Conference',
      'x',
    );
    expect(slug).toBe(
      '2020-02-03-secretary-of-defense-dr-helen-v-marsh-and-chairman-of-the-joint-chiefs-of-staff-general',
    );
    expect(isSlug(slug)).toBe(true);
  });
});

describe('hashText', () => {
  it('is 32-bit FNV-1a (the published test values)', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
    expect(hashText('foobar')).toBe(0xbf9cf968);
  });
});

describe('assignSlugs', () => {
  const requests = [
    { key: 'b.txt', base: 'briefing' },
    { key: 'a.txt', base: 'briefing' },
    { key: 'c.txt', base: 'other' },
  ];

  it('gives the plain slug to the first key and a suffix from its own key to the others', () => {
    const slugs = assignSlugs(requests);
    expect(slugs.get('a.txt')).toBe('briefing');
    expect(slugs.get('c.txt')).toBe('other');
    expect(slugs.get('b.txt')).not.toBe('briefing');
    expect(slugs.get('b.txt')?.startsWith('briefing-')).toBe(true);
  });

  it('gives the same slugs whatever the order and whatever else collides', () => {
    const slugs = assignSlugs(requests);
    expect(assignSlugs([...requests].reverse())).toEqual(slugs);
    const more = assignSlugs([...requests, { key: 'd.txt', base: 'briefing' }]);
    expect(more.get('a.txt')).toBe(slugs.get('a.txt'));
    expect(more.get('b.txt')).toBe(slugs.get('b.txt'));
    expect(new Set(more.values()).size).toBe(4);
  });

  it('keeps a pinned slug, even one another file wants as its base', () => {
    const slugs = assignSlugs([
      { key: 'a.txt', base: 'briefing' },
      { key: 'z.txt', base: 'briefing', pinned: 'briefing' },
    ]);
    expect(slugs.get('z.txt')).toBe('briefing');
    expect(slugs.get('a.txt')).not.toBe('briefing');
  });
});
