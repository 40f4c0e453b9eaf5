import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { deriveCountryTopics } from '../../scripts/country-topics';
import { countryTopics } from '../../src/content/countries';

const patternsOf = (id: string) => countryTopics.find((topic) => topic.id === id)?.patterns;

describe('the country topics', () => {
  it('are what the script derives from the installed world-countries package', () => {
    expect(countryTopics.map((topic) => [topic.id, topic.label, topic.patterns])).toEqual(
      deriveCountryTopics(worldCountries),
    );
  });

  it('know each country by its names, demonyms and their plurals', () => {
    expect(patternsOf('libya')).toEqual([
      'Libya',
      'State of Libya',
      'Dawlat Libya',
      'Libyan',
      'Libyans',
    ]);
    expect(patternsOf('afghanistan')).toContain('Afghans');
    expect(patternsOf('north-korea')).toEqual(
      expect.arrayContaining(['North Korea', 'DPRK', 'North Korean', 'North Koreans']),
    );
    expect(patternsOf('united-kingdom')).toEqual(
      expect.arrayContaining(['UK', 'Britain', 'British']),
    );
    expect(patternsOf('united-states')).toEqual(expect.arrayContaining(['U.S.', 'American']));
  });

  it('leave out two-letter codes that are English words, and give a shared demonym to the state', () => {
    expect(patternsOf('italy')).not.toContain('IT');
    expect(patternsOf('norway')).not.toContain('NO');
    expect(patternsOf('france')).toContain('French');
    expect(patternsOf('french-southern-and-antarctic-lands')).not.toContain('French');
  });
});
