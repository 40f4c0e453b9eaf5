// `npm run archive -- DIR [--out OUT] [--no-seeds]`: reads an archive folder, prints a line for each
// skipped file and each note, then the summary line; with --out, writes the archive's data files.
// Exits 1 only when the folder cannot be read or the output cannot be written; 2 on bad usage.
import { resolve } from 'node:path';
import { buildArchive, describeArchiveBuild, describeArchiveNotes } from './build-archive';
import { writeArchiveData } from './write-archive-data';

const usage = 'usage: archive DIR [--out OUT] [--no-seeds]';

async function main(argv: readonly string[]): Promise<number> {
  let dir: string | undefined;
  let out: string | undefined;
  let includeSeeds = true;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--no-seeds') includeSeeds = false;
    else if (argument === '--out') out = argv[(index += 1)];
    else if (!argument.startsWith('--') && dir === undefined) dir = argument;
    else {
      process.stderr.write(`archive: unexpected argument '${argument}' (${usage})\n`);
      return 2;
    }
  }
  if (dir === undefined || (argv.includes('--out') && out === undefined)) {
    process.stderr.write(
      `archive: ${dir === undefined ? 'no folder given' : '--out needs a folder'} (${usage})\n`,
    );
    return 2;
  }
  try {
    const build = await buildArchive({ dir, includeSeeds });
    for (const line of describeArchiveNotes(build)) process.stdout.write(`${line}\n`);
    let summary = describeArchiveBuild(build);
    if (out !== undefined) {
      const written = await writeArchiveData(build.model, resolve(out));
      summary += `; wrote ${written.files} data files (${(written.bytes / 1024 / 1024).toFixed(1)} MB) to ${out}`;
    }
    process.stdout.write(`${summary}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`archive: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
