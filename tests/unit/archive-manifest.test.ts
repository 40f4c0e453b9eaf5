import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/podium-manifest.schema.json';
import {
  findUnlistedEntries,
  isCalendarDate,
  readManifest,
  readManifestText,
} from '../../src/domain/archive/manifest';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

describe('readManifest', () => {
  it('reads the site title and the entries by file', () => {
    const { manifest, problems } = readManifest({
      title: 'Harbor briefings',
      files: {
        './2019/briefing.txt': {
          date: '2019-07-24',
          title: 'Media Availability',
          publisher: 'Ministry of Examples',
          sourceUrl: 'https://example.org/b/1',
          pairedStory: 'stories\\coastguard.txt',
          slug: '2019-07-24-media',
          kind: 'transcript',
        },
      },
    });
    expect(problems).toEqual([]);
    expect(manifest.title).toBe('Harbor briefings');
    expect(manifest.files.get('2019/briefing.txt')).toEqual({
      date: '2019-07-24',
      title: 'Media Availability',
      publisher: 'Ministry of Examples',
      sourceUrl: 'https://example.org/b/1',
      pairedStory: 'stories/coastguard.txt',
      slug: '2019-07-24-media',
      kind: 'transcript',
    });
  });

  it('reports a bad field and ignores it, keeping the rest of the entry', () => {
    const { manifest, problems } = readManifest({
      files: {
        'a.txt': { date: '2019-02-30', publisher: 'Harbor Office', sorceUrl: 'https://x.org' },
        'b.txt': { sourceUrl: 'javascript:alert(1)', slug: 'Not A Slug' },
        'c.txt': 'yesterday',
      },
    });
    expect(manifest.files.get('a.txt')).toEqual({ publisher: 'Harbor Office' });
    expect(manifest.files.get('b.txt')).toEqual({});
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['a.txt', 'date'],
      ['a.txt', 'sorceUrl'],
      ['b.txt', 'sourceUrl'],
      ['b.txt', 'slug'],
      ['c.txt', undefined],
    ]);
    expect(problems[0]?.message).toBe(
      '"date" should be a date written YYYY-MM-DD, such as "2019-07-24", not "2019-02-30"; it was ignored.',
    );
    expect(problems[1]?.message).toContain('Unknown field "sorceUrl"');
  });

  it('ignores a manifest that is not an object, or whose files are not one', () => {
    expect(readManifest([1, 2]).problems[0]?.message).toBe(
      'The manifest should be an object, not a list; it was ignored.',
    );
    const reading = readManifest({ title: 7, files: ['a.txt'] });
    expect(reading.manifest.title).toBeUndefined();
    expect(reading.manifest.files.size).toBe(0);
    expect(reading.problems.map((p) => p.field)).toEqual(['title', 'files']);
  });

  it('reports JSON that does not parse without throwing', () => {
    const reading = readManifestText('{ "title": "x", }');
    expect(reading.manifest.files.size).toBe(0);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]?.message).toMatch(/^podium\.json is not valid JSON \(/);
  });

  it('lists entries that name no file of the folder', () => {
    const { manifest } = readManifest({ files: { 'a.txt': {}, 'gone.txt': {} } });
    expect(findUnlistedEntries(manifest, new Set(['a.txt']))).toEqual([
      {
        file: 'gone.txt',
        message: 'podium.json lists "gone.txt", which is not a readable file of the folder.',
      },
    ]);
  });
});

describe('isCalendarDate', () => {
  it('accepts days of the calendar only', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2019-13-01')).toBe(false);
    expect(isCalendarDate('2019-7-24')).toBe(false);
  });
});

describe('podium-manifest.schema.json', () => {
  it('accepts the fixture’s manifest apart from the entry the reader also refuses', () => {
    const fixture: unknown = JSON.parse(
      readFileSync(new URL('../fixtures/archive/podium.json', import.meta.url), 'utf8'),
    );
    validate(fixture);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual([
      '/files/undated-remarks.txt/date',
    ]);
    expect(readManifest(fixture).problems.map((p) => `${p.file ?? ''} ${p.field ?? ''}`)).toEqual([
      'undated-remarks.txt date',
    ]);
  });

  it('agrees with the reader on what is valid', () => {
    const cases: unknown[] = [
      { title: 'Archive', files: { 'a.txt': { date: '2019-07-24', kind: 'article' } } },
      { files: { 'a.txt': { slug: 'ok-slug-2' } } },
      { files: { 'a.txt': { slug: 'Bad Slug' } } },
      { files: { 'a.txt': { kind: 'memo' } } },
      { files: { 'a.txt': { title: '' } } },
      { files: { 'a.txt': { extra: 1 } } },
      { extra: true },
      { title: 'x'.repeat(301) },
    ];
    for (const value of cases) {
      expect(validate(value), JSON.stringify(value)).toBe(
        readManifest(value).problems.length === 0,
      );
    }
  });
});
