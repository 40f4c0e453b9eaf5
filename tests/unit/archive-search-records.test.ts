import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/archive/build-archive';
import {
  listArchiveSearchRecords,
  listFacetLabels,
  readFacetLabels,
  spellTopicSlug,
} from '../../src/domain/search/archive-records';
import type { SearchRecord } from '../../src/domain/search/records';
import type { ArchiveModel } from '../../src/domain/archive/types';
import { paths } from '../../src/routes/paths';

// The fixture archive (tests/fixtures/archive: made-up briefings and the shipped pair) as the
// search indexes it.

let model: ArchiveModel;
let records: SearchRecord[];

beforeAll(async () => {
  model = (await buildArchive({ dir: new URL('../fixtures/archive', import.meta.url).pathname }))
    .model;
  records = listArchiveSearchRecords(model, {
    shipped: (exchangeId, turnId) => paths.exchange(exchangeId, { turnId }),
    briefing: (slug, exchangeId, turnId) => paths.briefing(slug, { exchangeId, turnId }),
  });
}, 60_000);

describe('listArchiveSearchRecords', () => {
  it('links the shipped briefing’s turns to its own permalinks and the others’ under their slug', () => {
    const guerini = records.find((record) => record.content.startsWith('Well, about Afghanistan'));
    expect(guerini?.url).toBe('/exchange/x2#t6');
    expect(guerini?.filters.speaker).toEqual(['lorenzo-guerini']);
    const lindahl = records.find((record) =>
      record.content.startsWith('Priya Lindahl, Eastbridge'),
    );
    expect(lindahl?.url).toBe(
      '/briefings/remarks-by-general-ivo-marsh-at-the-northern-harbor-forum/exchange/x2/#t2',
    );
    expect(lindahl?.filters).toEqual({
      speaker: ['priya-lindahl'],
      topic: ['landmines'],
      year: [],
      publisher: [],
    });
  });

  it('gives a speaker facet only to people with a page of their own', () => {
    const staff = records.find((record) => record.content === 'Tomasz Wirth, Northgate Radio.');
    expect(staff?.meta.speaker).toBe('Staff');
    expect(staff?.filters.speaker).toEqual([]);
    const byOutlet = records.find((record) => record.url === '/exchange/x3#t7');
    expect(byOutlet?.meta.speaker).toBe('RAI Television reporter');
    expect(byOutlet?.filters.speaker).toEqual([]);
  });
});

describe('listFacetLabels', () => {
  it('names people by name, topics by label, and found topics in words', () => {
    const labels = listFacetLabels(model, records);
    expect(labels.speaker['helen-marsh']).toBe('Helen V. Marsh');
    expect(labels.speaker['priya-lindahl']).toBe('Priya Lindahl');
    expect(labels.topic.terrorism).toBe('ISIS & terrorism');
    expect(labels.topic['political-solution']).toBe('Political solution');
    expect(labels.year).toEqual({ '2019': '2019', '2020': '2020' });
    expect(labels.publisher).toEqual({
      'Ministry of Examples': 'Ministry of Examples',
      'U.S. Department of Defense': 'U.S. Department of Defense',
    });
  });
});

describe('readFacetLabels', () => {
  it('reads the labels file back', () => {
    const text =
      '{"speaker":{"ana-ruiz":"Ana Ruiz"},"topic":{"libya":"Libya"},"year":{"2021":"2021"},"publisher":{}}';
    expect(readFacetLabels(text)).toEqual({
      speaker: { 'ana-ruiz': 'Ana Ruiz' },
      topic: { libya: 'Libya' },
      year: { '2021': '2021' },
      publisher: {},
    });
  });

  it('refuses a page served in its place, or a file of another shape', () => {
    expect(readFacetLabels('<!doctype html><html lang="en"></html>')).toBeUndefined();
    expect(
      readFacetLabels('{"speaker":{"a":1},"topic":{},"year":{},"publisher":{}}'),
    ).toBeUndefined();
    expect(readFacetLabels('{"speaker":{}}')).toBeUndefined();
    expect(readFacetLabels('null')).toBeUndefined();
  });

  it('spells a found topic’s slug as words', () => {
    expect(spellTopicSlug('united-states')).toBe('United states');
  });
});
