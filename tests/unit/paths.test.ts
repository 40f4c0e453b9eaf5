import { describe, expect, it } from 'vitest';
import type { BriefingSlug, PersonSlug } from '../../src/domain/archive/types';
import type { ExchangeId, SpeakerId, TopicId, TurnId } from '../../src/domain/types';
import { paths, readTurnHash, toAbsoluteUrl } from '../../src/routes/paths';

const x3 = 'x3' as ExchangeId;
const t7 = 't7' as TurnId;
const filters = { speakers: ['s2' as SpeakerId], topics: ['libya' as TopicId], q: 'air force' };

describe('paths', () => {
  it('links home with and without filters', () => {
    expect(paths.home()).toBe('/');
    expect(paths.home({ speakers: [], topics: [], q: '' })).toBe('/');
    expect(paths.home(filters)).toBe('/?speaker=s2&topic=libya&q=air+force');
  });

  it('links an exchange, a turn in it, and keeps filters before the hash', () => {
    expect(paths.exchange(x3)).toBe('/exchange/x3');
    expect(paths.exchange(x3, { turnId: t7 })).toBe('/exchange/x3#t7');
    expect(paths.exchange(x3, { turnId: t7, filters })).toBe(
      '/exchange/x3?speaker=s2&topic=libya&q=air+force#t7',
    );
  });

  it('escapes ids that are not URL-safe', () => {
    expect(paths.exchange('a/b c' as ExchangeId)).toBe('/exchange/a%2Fb%20c');
  });

  it('reads a turn id back from a hash', () => {
    expect(readTurnHash('#t7')).toBe('t7');
    expect(readTurnHash('')).toBeUndefined();
    expect(readTurnHash('#')).toBeUndefined();
  });

  it('reads the turn of a quote link, even when its quote cannot be read, and never throws', () => {
    expect(readTurnHash('#t7:q=120-188~k3f9')).toBe('t7');
    expect(readTurnHash('#t7:q=oops')).toBe('t7');
    expect(readTurnHash('#t7:~:text=Libya')).toBe('t7');
    expect(readTurnHash('#%E0%A4%A')).toBeUndefined();
  });

  it('makes absolute URLs under the app base path', () => {
    expect(toAbsoluteUrl('/exchange/x3#t7', '/', 'https://podium.test')).toBe(
      'https://podium.test/exchange/x3#t7',
    );
    expect(toAbsoluteUrl('/exchange/x3', '/podium/', 'https://example.org')).toBe(
      'https://example.org/podium/exchange/x3',
    );
  });
});

describe('paths of saved documents', () => {
  it('builds library, import and document links, escaping the id', () => {
    expect(paths.library()).toBe('/library');
    expect(paths.import()).toBe('/import');
    expect(paths.document('abc 1/2')).toBe('/d/abc%201%2F2');
  });

  it('builds the link of a generated sample', () => {
    expect(paths.sample(10_000)).toBe('/sample/10000');
  });
});

describe('paths of the archive and its search', () => {
  it('builds the archive home with its filters in the address', () => {
    expect(paths.briefings()).toBe('/briefings/');
    expect(paths.briefings({ speaker: 'ana-ruiz', topic: 'libya', year: '2019', page: 2 })).toBe(
      '/briefings/?speaker=ana-ruiz&topic=libya&year=2019&page=2',
    );
    expect(paths.briefings({ page: 1 })).toBe('/briefings/');
  });

  it('builds a briefing, its exchange and a turn, ending pages in a slash', () => {
    const slug = '2019-07-24-media-availability' as BriefingSlug;
    expect(paths.briefing(slug)).toBe('/briefings/2019-07-24-media-availability/');
    expect(paths.briefing(slug, { exchangeId: 'x3' as ExchangeId, turnId: 't7' as TurnId })).toBe(
      '/briefings/2019-07-24-media-availability/exchange/x3/#t7',
    );
  });

  it('builds speaker and topic pages', () => {
    expect(paths.speakers()).toBe('/speakers/');
    expect(paths.speaker('ana-ruiz' as PersonSlug)).toBe('/speakers/ana-ruiz/');
    expect(paths.topics()).toBe('/topics/');
    expect(paths.topic('my_drones' as TopicId)).toBe('/topics/my_drones/');
  });

  it('builds a search with repeated facets, leaving out the default sort', () => {
    expect(paths.search({ q: '"no military solution"', speaker: ['a', 'b'], year: ['2020'] })).toBe(
      '/search?q=%22no+military+solution%22&speaker=a&speaker=b&year=2020',
    );
    expect(paths.search({ q: 'Libya', sort: 'relevance' })).toBe('/search?q=Libya');
    expect(paths.search({ q: 'Libya', sort: 'oldest' })).toBe('/search?q=Libya&sort=oldest');
    expect(paths.search({ q: '' })).toBe('/search');
  });
});
