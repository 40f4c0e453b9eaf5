import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveBuild } from '../../scripts/archive/build-archive';
import { readManifest } from '../../src/domain/archive/manifest';
import { generateArchive, type GeneratedArchive } from '../../src/domain/generate/generate-archive';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'podium-generate-archive-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeFolder(archive: GeneratedArchive, name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  for (const file of archive.files) await writeFile(join(dir, file.name), file.text);
  await writeFile(join(dir, 'podium.json'), JSON.stringify(archive.manifest));
  return dir;
}

describe('generateArchive', () => {
  it('gives the same files for the same seed and others for another seed', () => {
    const once = generateArchive({ briefings: 30, seed: 5 });
    expect(generateArchive({ briefings: 30, seed: 5 })).toEqual(once);
    expect(generateArchive({ briefings: 30, seed: 6 }).files).not.toEqual(once.files);
  });

  it('writes the briefings asked for, a story for about every 25, and a manifest of its own files', () => {
    const archive = generateArchive({ briefings: 100, seed: 2 });
    const names = archive.files.map((file) => file.name);
    expect(names.filter((name) => name.includes('-briefing-'))).toHaveLength(100);
    expect(names.filter((name) => name.includes('-story-'))).toHaveLength(4);
    const { manifest, problems } = readManifest(archive.manifest);
    expect(problems).toEqual([]);
    for (const [file, entry] of manifest.files) {
      expect(names).toContain(file);
      if (entry.pairedStory !== undefined) expect(names).toContain(entry.pairedStory);
    }
  });
});

describe('a generated archive, built', () => {
  let archive: GeneratedArchive;
  let build: ArchiveBuild;
  beforeAll(async () => {
    archive = generateArchive({ briefings: 120, seed: 9 });
    build = await buildArchive({ dir: await writeFolder(archive, 'built'), includeSeeds: false });
  });

  it('reads every file and spans several years', () => {
    expect(build.skipped).toEqual([]);
    expect(build.counts.briefings).toBe(120);
    expect(build.counts.stories).toBe(5);
    const years = new Set(build.model.briefings.flatMap((b) => b.summary.date?.slice(0, 4) ?? []));
    expect(years.size).toBeGreaterThanOrEqual(3);
    // A few dates come only from the manifest, and a few briefings have none.
    const origins = new Set(build.model.briefings.map((b) => b.summary.dateFrom));
    expect([...origins].sort()).toEqual(['manifest', 'none', 'text']);
  });

  it('finds one person for each official of the cast, however their labels are written', () => {
    const officials = build.model.people.filter((person) => person.kind === 'official');
    expect(officials).toHaveLength(archive.officials.length);
    const recurring = officials.filter((person) => person.briefings >= 10);
    expect(recurring.length).toBeGreaterThanOrEqual(2);
    expect(recurring.some((person) => person.labels.length >= 3)).toBe(true);
  });

  it('has reporters who return, some of them from another outlet', () => {
    const reporters = build.model.people.filter((person) => person.kind === 'reporter');
    expect(reporters.some((person) => person.briefings >= 5)).toBe(true);
    expect(reporters.some((person) => person.affiliations.length >= 2)).toBe(true);
    expect(reporters.some((person) => person.briefings === 1)).toBe(true);
  });

  it('pairs its stories with briefings', () => {
    expect(build.model.stories.every((story) => story.summary.briefing !== undefined)).toBe(true);
  });
});

describe('npm run generate -- --archive', () => {
  const exec = promisify(execFile);
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('writes the folder and its podium.json, and refuses --archive without --out', async () => {
    const out = join(root, 'cli');
    const { stdout } = await exec(tsx, [
      'src/cli/generate.ts',
      '--archive',
      '12',
      '--out',
      out,
      '--seed',
      '4',
    ]);
    expect(stdout).toBe(`generate: wrote 12 briefings, 2 stories and podium.json to ${out}\n`);
    const names = await readdir(out);
    expect(names).toHaveLength(15);
    const manifest: unknown = JSON.parse(await readFile(join(out, 'podium.json'), 'utf8'));
    expect(readManifest(manifest).problems).toEqual([]);
    const failure = await exec(tsx, ['src/cli/generate.ts', '--archive', '12']).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure).toMatchObject({
      code: 2,
      stderr:
        'generate: --archive needs --out DIR (usage: generate --turns N [--seed S] [--out FILE] | generate --archive N --out DIR [--seed S])\n',
    });
  }, 30_000);
});
