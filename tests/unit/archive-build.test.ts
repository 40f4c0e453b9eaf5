import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildArchive,
  describeArchiveBuild,
  describeArchiveNotes,
  type ArchiveIo,
} from '../../scripts/archive/build-archive';
import { writeArchiveData } from '../../scripts/archive/write-archive-data';
import { MAX_INPUT_BYTES } from '../../src/domain/document/input-check';

const briefing = `Department Press Briefing

March 3, 2021

MR. HALE:  Good afternoon.  Two things today, on Iraq and on the coast.

QUESTION:  Nora Quist with Lantern Wire.  What happens in Iraq next week?

MR. HALE:  The talks continue.
`;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'podium-archive-build-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function makeFolder(name: string, files: Record<string, string | Uint8Array>) {
  const dir = join(root, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return dir;
}

describe('buildArchive', () => {
  it('skips what it cannot read with a reason, reads subfolders, passes over hidden files', async () => {
    const dir = await makeFolder('mixed', {
      '2021/briefing.txt': briefing,
      'empty.txt': '',
      'note.txt': 'Call the printer.',
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'photo.jpg': 'not read',
      'README.md': '# About this folder',
      '.hidden.txt': briefing,
    });
    const build = await buildArchive({ dir, includeSeeds: false });
    expect(build.model.briefings.map((b) => [b.summary.file, b.summary.slug])).toEqual([
      ['2021/briefing.txt', '2021-03-03-department-press-briefing'],
    ]);
    expect(build.skipped).toEqual([
      { file: 'README.md', reason: 'a folder’s README is not read as a document' },
      { file: 'empty.txt', reason: 'There is nothing to read: the text is empty.' },
      {
        file: 'latin1.txt',
        reason:
          'This is not a text file (it contains binary data or is not valid UTF-8). Save the transcript as plain text (.txt) and try again.',
      },
      {
        file: 'note.txt',
        reason: 'it has no speaker labels, and at 3 words it is too short to read as a news story',
      },
      { file: 'photo.jpg', reason: 'not a .txt or .md file' },
    ]);
    expect(describeArchiveBuild(build)).toBe(
      'archive: 1 briefing, 0 stories, 2 speakers, 1 topic, 5 files skipped',
    );
    expect(describeArchiveNotes(build)[1]).toBe(
      'archive: skipped empty.txt: There is nothing to read: the text is empty.',
    );
  });

  it('skips a file it may not read or that is too large, without reading it', async () => {
    const dir = await makeFolder('io', {
      'locked.txt': briefing,
      'huge.txt': briefing,
      'fine.txt': briefing,
    });
    const read: string[] = [];
    const io: ArchiveIo = {
      readFile: (path) => {
        read.push(path);
        if (path.endsWith('locked.txt')) {
          return Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
        }
        return readFile(path);
      },
      size: (path) => Promise.resolve(path.endsWith('huge.txt') ? MAX_INPUT_BYTES + 1 : 100),
    };
    const build = await buildArchive({ dir, includeSeeds: false, io });
    expect(build.skipped).toEqual([
      {
        file: 'huge.txt',
        reason: 'This file is 20.0 MB, over the 20 MB limit. Split it into smaller files.',
      },
      { file: 'locked.txt', reason: 'cannot read it: permission denied' },
    ]);
    expect(read.some((path) => path.endsWith('huge.txt'))).toBe(false);
    expect(build.counts.briefings).toBe(1);
  });

  it('reports a manifest that is not JSON and builds the rest', async () => {
    const dir = await makeFolder('bad-manifest', {
      'briefing.txt': briefing,
      'podium.json': '{ "title": ',
    });
    const build = await buildArchive({ dir, includeSeeds: false });
    expect(build.counts.briefings).toBe(1);
    expect(build.model.title).toBe('Briefing archive');
    expect(build.problems).toHaveLength(1);
    expect(build.problems[0]?.message).toMatch(/^podium\.json is not valid JSON/);
  });

  it('reads a file as the kind the manifest says', async () => {
    const dir = await makeFolder('kind', {
      'briefing.txt': briefing,
      'podium.json': JSON.stringify({ files: { 'briefing.txt': { kind: 'article' } } }),
    });
    const build = await buildArchive({ dir, includeSeeds: false });
    expect(build.counts).toMatchObject({ briefings: 0, stories: 1 });
  });

  it('fails on a folder that does not exist', async () => {
    await expect(buildArchive({ dir: join(root, 'no-such-folder') })).rejects.toThrow(/ENOENT/);
  });
});

describe('writeArchiveData', () => {
  it('writes the lists and one file per briefing, story, person and topic, the same each time', async () => {
    const dir = await makeFolder('write', { 'briefing.txt': briefing });
    const { model } = await buildArchive({ dir });
    const out = join(root, 'out');
    const written = await writeArchiveData(model, out);
    const list = async (folder: string) => (await readdir(join(out, folder))).sort();
    expect(await list('.')).toEqual([
      'archive.json',
      'briefings',
      'briefings.json',
      'speakers',
      'speakers.json',
      'stories',
      'stories.json',
      'topics',
      'topics.json',
    ]);
    expect(await list('briefings')).toEqual([
      '2020-01-31-secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of-italy.json',
      '2021-03-03-department-press-briefing.json',
    ]);
    expect(await list('speakers')).toEqual([
      'jeff-schogol.json',
      'lorenzo-guerini.json',
      'luis-martinez.json',
      'mark-esper.json',
      'mr-hale.json',
      'nora-quist.json',
    ]);
    // 5 lists, 2 briefings, 1 story, 6 people and the 19 topics (14 curated, 5 found) of the shipped briefing and story.
    expect(written.files).toBe(33);
    // The list of people carries what /speakers/ shows, not every turn of everyone.
    const listed = JSON.parse(await readFile(join(out, 'speakers.json'), 'utf8')) as unknown[];
    expect(listed).toContainEqual({
      slug: 'nora-quist',
      name: 'Nora Quist',
      kind: 'reporter',
      affiliations: ['Lantern Wire'],
      briefings: 1,
      turns: 1,
      first: '2021-03-03',
      last: '2021-03-03',
    });
    const first = await readFile(join(out, 'speakers/nora-quist.json'), 'utf8');
    const again = await writeArchiveData(model, out);
    expect(again).toEqual(written);
    expect(await readFile(join(out, 'speakers/nora-quist.json'), 'utf8')).toBe(first);
  });

  it('fails when the output folder cannot be made', async () => {
    const dir = await makeFolder('blocked', { 'briefing.txt': briefing, 'a-file': 'x' });
    const { model } = await buildArchive({ dir, includeSeeds: false });
    await expect(writeArchiveData(model, join(dir, 'a-file', 'out'))).rejects.toThrow(
      /ENOTDIR|EEXIST/,
    );
  });
});
