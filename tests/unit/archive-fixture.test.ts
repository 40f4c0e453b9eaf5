import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveBuild } from '../../scripts/archive/build-archive';
import { filterBriefings, noArchiveFilters } from '../../src/domain/archive/filter';
import type { ArchiveModel, Person } from '../../src/domain/archive/types';

// tests/fixtures/archive: six made-up briefings in two label styles, two stories, a podium.json
// and one binary file. Every figure below can be counted in those files.
const fixture = new URL('../fixtures/archive', import.meta.url).pathname;

const personOf = (model: ArchiveModel, slug: string): Person => {
  const person = model.people.find((candidate) => candidate.slug === slug);
  if (person === undefined) throw new Error(`no person ${slug}`);
  return person;
};

const slugs = (model: ArchiveModel): string[] => model.briefings.map((b) => b.summary.slug);

describe('the archive of the fixture folder', () => {
  let build: ArchiveBuild;
  let model: ArchiveModel;
  beforeAll(async () => {
    build = await buildArchive({ dir: fixture, includeSeeds: false });
    model = build.model;
  });

  it('gives each briefing a slug from its date and title, newest first and the undated one last', () => {
    expect(slugs(model)).toEqual([
      '2020-02-03-secretary-of-defense-dr-helen-v-marsh-and-chairman-of-the-joint-chiefs-of-staff-general',
      '2020-01-15-department-press-briefing',
      '2020-01-15-department-press-briefing-ea2cj',
      '2019-07-24-media-availability-with-the-secretary',
      '2019-03-12-secretary-of-defense-dr-helen-v-marsh-and-minister-of-defense-pieter-oosterveld',
      'remarks-by-general-ivo-marsh-at-the-northern-harbor-forum',
    ]);
    const undated = model.briefings.at(-1)?.summary;
    expect(undated?.date).toBeUndefined();
    expect(undated?.dateFrom).toBe('none');
  });

  it('takes the date, publisher and source from the manifest before the text', () => {
    const conference = model.briefings[0]?.summary;
    expect(conference?.date).toBe('2020-02-03');
    expect(conference?.dateFrom).toBe('manifest');
    expect(conference?.publisher).toBe('Ministry of Examples');
    expect(conference?.sourceUrl).toBe('https://example.org/briefings/2020-02-03');
    const availability = model.briefings[3]?.summary;
    expect(availability?.date).toBe('2019-07-24');
    expect(availability?.dateFrom).toBe('text');
    expect(availability?.title).toBe('Media Availability with the Secretary');
  });

  it('skips the binary file with its reason and reports the manifest’s bad entries', () => {
    expect(build.skipped).toEqual([
      {
        file: 'scanned-page.txt',
        reason:
          'This is not a text file (it contains binary data or is not valid UTF-8). Save the transcript as plain text (.txt) and try again.',
      },
    ]);
    expect(build.problems.map((problem) => problem.file)).toEqual([
      'undated-remarks.txt',
      'minutes-2018.txt',
      '2020-01-15-department-press-briefing-2.txt',
    ]);
    expect(build.problems[0]?.message).toContain('"24 July"');
    expect(build.counts).toEqual({
      briefings: 6,
      stories: 2,
      speakers: 9,
      topics: 11,
      skipped: 1,
      problems: 3,
    });
  });

  it('makes one person of an official written three ways across four briefings', () => {
    const marsh = personOf(model, 'helen-marsh');
    expect(marsh.name).toBe('Helen V. Marsh');
    expect(marsh.role).toBe('Secretary of Defense');
    expect(marsh.labels).toEqual([
      'SECRETARY OF DEFENSE DR. HELEN V. MARSH',
      'SEC. MARSH',
      'SECRETARY MARSH',
    ]);
    expect(marsh.briefings).toBe(4);
    // 3 turns on 12 March, 3 on 24 July, 2 on 15 January, 2 on 3 February.
    expect(marsh.turns).toBe(10);
    expect(marsh.appearances.map((a) => [a.date, a.turns.length])).toEqual([
      ['2020-02-03', 2],
      ['2020-01-15', 2],
      ['2019-07-24', 3],
      ['2019-03-12', 3],
    ]);
    expect(marsh.first).toBe('2019-03-12');
    expect(marsh.last).toBe('2020-02-03');
  });

  it('keeps apart an official of the same surname with another given name and title', () => {
    const general = personOf(model, 'ivo-marsh');
    expect(general.name).toBe('Ivo Marsh');
    expect(general.role).toBe('General');
    expect(general.briefings).toBe(1);
  });

  it('lists the questions an official answered, with who asked', () => {
    const marsh = personOf(model, 'helen-marsh');
    expect(marsh.asked).toEqual([]);
    expect(marsh.answered.map((q) => [q.date, q.title, q.askedBy?.name])).toEqual([
      ['2020-02-03', 'Question 1 · Tomasz Wirth, Northgate Radio · Iraq, NATO', 'Tomasz Wirth'],
      ['2020-01-15', 'Question 1 · Dana Reyes, Coastal Wire · Iraq', 'Dana Reyes'],
      ['2019-07-24', 'Question 1 · Dana Reyes, Coastal Wire · Iran, Libya', 'Dana Reyes'],
      [
        '2019-07-24',
        'Question 2 · Ines Calloway, Meridian Times · Mediterranean & migration',
        'Ines Calloway',
      ],
      ['2019-03-12', 'Question 1 · Dana Reyes, Harbor Daily · NATO', 'Dana Reyes'],
      [
        '2019-03-12',
        'Question 3 · Lakeside Television reporter · Libya',
        'Lakeside Television reporter',
      ],
    ]);
    // The named reporter links to their page; the one known only by outlet has none.
    expect(marsh.answered[0]?.askedBy?.slug).toBe('tomasz-wirth');
    expect(marsh.answered[5]?.askedBy?.slug).toBeUndefined();
  });

  it('keeps every outlet of a reporter who moved, the latest first', () => {
    const reyes = personOf(model, 'dana-reyes');
    expect(reyes.kind).toBe('reporter');
    expect(reyes.affiliations).toEqual(['Coastal Wire', 'Harbor Daily']);
    expect(reyes.affiliationHistory).toEqual([
      { name: 'Coastal Wire', briefings: 2, first: '2019-07-24', last: '2020-01-15' },
      { name: 'Harbor Daily', briefings: 1, first: '2019-03-12', last: '2019-03-12' },
    ]);
    expect(reyes.asked.map((q) => [q.date, q.exchange, q.turn])).toEqual([
      ['2020-01-15', 'x2', 't4'],
      ['2019-07-24', 'x2', 't3'],
      ['2019-03-12', 'x2', 't4'],
    ]);
    expect(reyes.answered).toEqual([]);
  });

  it('gives pages to named people only: no staff, no reporter known only by outlet', () => {
    expect(model.people.map((person) => person.slug)).toEqual([
      'corwin-ashdale',
      'dana-reyes',
      'helen-marsh',
      'ines-calloway',
      'ivo-marsh',
      'mr-calderwood',
      'pieter-oosterveld',
      'priya-lindahl',
      'tomasz-wirth',
    ]);
    const first = model.briefings.find((b) => b.summary.date === '2019-03-12');
    expect(first?.people).toEqual({
      's-marsh': 'helen-marsh',
      's-oosterveld': 'pieter-oosterveld',
      'r-dana-reyes': 'dana-reyes',
      'r-tomasz-wirth': 'tomasz-wirth',
    });
  });

  it('draws a topic’s timeline by month, with who spoke of it most and every exchange, newest first', () => {
    const nato = model.topics.find((topic) => topic.id === 'nato');
    // 3 mentions on 12 March 2019, 1 on 15 January 2020, 2 on 3 February 2020.
    expect(nato?.mentions).toBe(6);
    expect(nato?.briefings).toBe(3);
    expect(nato?.timeline).toHaveLength(12);
    expect(nato?.timeline.filter((point) => point.mentions > 0)).toEqual([
      { month: '2019-03', mentions: 3, briefings: 1 },
      { month: '2020-01', mentions: 1, briefings: 1 },
      { month: '2020-02', mentions: 2, briefings: 1 },
    ]);
    expect(nato?.speakers.map((s) => [s.slug, s.mentions])).toEqual([
      ['helen-marsh', 4],
      ['dana-reyes', 1],
      ['mr-calderwood', 1],
    ]);
    expect(nato?.touching.map((x) => [x.date, x.exchange, x.turn, x.mentions])).toEqual([
      ['2020-02-03', 'x1', 't1', 1],
      ['2020-02-03', 'x2', 't6', 1],
      ['2020-01-15', 'x1', 't3', 1],
      ['2019-03-12', 'x1', 't1', 1],
      ['2019-03-12', 'x2', 't4', 2],
    ]);
    const landmines = model.topics.find((topic) => topic.id === 'landmines');
    // Only the undated remarks speak of landmines: "landmines", "minefields", "mine fields".
    expect(landmines?.timeline).toEqual([]);
    expect(landmines?.undated).toEqual({ mentions: 3, briefings: 1 });
  });

  it('pairs a story as the manifest says, and suggests one by shared topics within a week', () => {
    const [conference] = model.briefings;
    expect(conference?.summary.story).toEqual({
      slug: '2020-02-04-defence-ministers-agree-to-extend-the-training-mission-in-iraq',
      title: 'Defence ministers agree to extend the training mission in Iraq',
      suggested: false,
    });
    const availability = model.briefings[3]?.summary;
    expect(availability?.story).toEqual({
      slug: '2019-07-26-more-training-for-libya-s-coastguard-as-crossings-rise',
      title: "More training for Libya's coastguard as crossings rise",
      suggested: true,
    });
    const coastguard = model.stories.find((story) => story.summary.date === '2019-07-26');
    expect(coastguard?.summary.dateFrom).toBe('text');
    expect(coastguard?.summary.briefing?.sharedTopics).toEqual([
      'mediterranean-migration',
      'libya',
    ]);
    expect(model.briefings[4]?.summary.story).toBeUndefined();
  });

  it('filters the briefings by speaker, topic and year, newest first', () => {
    const summaries = model.briefings.map((b) => b.summary);
    const pick = (filters: Partial<typeof noArchiveFilters>) =>
      filterBriefings(summaries, { ...noArchiveFilters, ...filters }).entries.map((s) => s.date);
    expect(pick({ speakers: ['tomasz-wirth'] })).toEqual([
      '2020-02-03',
      '2020-01-15',
      '2019-03-12',
    ]);
    expect(pick({ topics: ['libya'] })).toEqual(['2019-07-24', '2019-03-12']);
    expect(pick({ years: [2019] })).toEqual(['2019-07-24', '2019-03-12']);
    expect(pick({ speakers: ['dana-reyes'], topics: ['iraq'], years: [2020] })).toEqual([
      '2020-01-15',
    ]);
    expect(pick({ speakers: ['ivo-marsh', 'ines-calloway'] })).toEqual([
      '2020-01-15',
      '2019-07-24',
      undefined,
    ]);
  });
});

describe('slugs as the folder grows', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'podium-archive-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps every existing slug when briefings with the same date and title are added', async () => {
    const copy = join(folder, 'grow');
    await cp(fixture, copy, { recursive: true });
    await rm(join(copy, '2020-01-15-department-press-briefing-2.txt'));
    const before = await buildArchive({ dir: copy, includeSeeds: false });
    await cp(
      join(fixture, '2020-01-15-department-press-briefing-2.txt'),
      join(copy, '2020-01-15-department-press-briefing-2.txt'),
    );
    const after = await buildArchive({ dir: copy, includeSeeds: false });
    await writeFile(
      join(copy, '2020-01-15-department-press-briefing-3.txt'),
      'Department Press Briefing\n\nJanuary 15, 2020\n\nMR. CALDERWOOD:  Good night.\n\nQUESTION:  One more?\n\nMR. CALDERWOOD:  No.\n',
    );
    const later = await buildArchive({ dir: copy, includeSeeds: false });
    expect(later.model.briefings).toHaveLength(after.model.briefings.length + 1);
    const slugOf = (b: ArchiveBuild, file: string) =>
      b.model.briefings.find((briefing) => briefing.summary.file === file)?.summary.slug;
    for (const { summary } of before.model.briefings) {
      expect(slugOf(after, summary.file)).toBe(summary.slug);
      expect(slugOf(later, summary.file)).toBe(summary.slug);
    }
    expect(slugOf(after, '2020-01-15-department-press-briefing-2.txt')).toBe(
      slugOf(later, '2020-01-15-department-press-briefing-2.txt'),
    );
    expect(slugOf(later, '2020-01-15-department-press-briefing-3.txt')).not.toBe(
      slugOf(later, '2020-01-15-department-press-briefing-2.txt'),
    );
  });
});

describe('the archive with the shipped briefing', () => {
  it('holds the shipped pair as a briefing and a story of the archive, paired', async () => {
    const { model } = await buildArchive({ dir: fixture });
    const shipped = model.briefings.find((briefing) => briefing.summary.shipped === true);
    expect(shipped?.summary.slug).toBe(
      '2020-01-31-secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of-italy',
    );
    expect(shipped?.summary.publisher).toBe('U.S. Department of Defense');
    expect(shipped?.summary.story).toEqual({
      slug: 'britain-and-italy-stand-together-to-tackle-security-threats',
      title: 'Britain and Italy stand together to tackle security threats',
      suggested: false,
    });
    // It keeps the viewer's own ids, so /exchange/x3#t7 and /briefings/SLUG/exchange/x3#t7 agree.
    expect(shipped?.document.exchanges[2]?.id).toBe('x3');
    expect(shipped?.document.exchanges[2]?.turnIds[0]).toBe('t7');
    expect(
      filterBriefings(
        model.briefings.map((b) => b.summary),
        noArchiveFilters,
      ).total,
    ).toBe(7);
  });
});
