// `npm run --silent generate -- --turns N [--seed S] [--out FILE]`: writes an invented briefing
// transcript (for load tests and benchmarks) to stdout or to a file.
// `npm run generate -- --archive N --out DIR [--seed S]`: writes a folder of N invented briefings
// over several years, a few stories and a podium.json, for the archive's tests and benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestFileName } from '../domain/archive/manifest';
import { generateArchive } from '../domain/generate/generate-archive';
import { generateTranscript } from '../domain/generate/generate-transcript';

const usage =
  'usage: generate --turns N [--seed S] [--out FILE] | generate --archive N --out DIR [--seed S]';
const maxTurns = 5_000_000;
const maxBriefings = 100_000;

type GenerateArgs =
  | { mode: 'turns'; turns: number; seed: number; out?: string }
  | { mode: 'archive'; briefings: number; seed: number; out: string };

class UsageError extends Error {}

const readWhole = (name: string, value: string | undefined, min: number, max: number): number => {
  if (value === undefined || !/^-?\d+$/.test(value)) {
    throw new UsageError(`--${name} needs a whole number, got ${JSON.stringify(value ?? '')}`);
  }
  const number = Number(value);
  if (number < min || number > max) {
    throw new UsageError(`--${name} must be from ${min} to ${max}, got ${value}`);
  }
  return number;
};

/** Reads the command line; throws a UsageError with one plain line on anything wrong. */
function readArgs(argv: readonly string[]): GenerateArgs {
  const values = new Map<string, string | undefined>();
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    const [name, inline] = flag.split(/=(.*)/s, 2);
    if (name !== '--turns' && name !== '--archive' && name !== '--seed' && name !== '--out') {
      throw new UsageError(`unknown argument ${JSON.stringify(flag)}`);
    }
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    const value = inline ?? argv[index + 1];
    if (inline === undefined) index += 1;
    values.set(name, value);
  }
  const archive = values.has('--archive');
  if (archive && values.has('--turns')) throw new UsageError('give --turns or --archive, not both');
  if (!archive && !values.has('--turns')) throw new UsageError('--turns or --archive is required');
  const out = values.get('--out');
  if (values.has('--out') && (out === undefined || out === '' || out.startsWith('--'))) {
    throw new UsageError(`--out needs a ${archive ? 'folder' : 'file'} name`);
  }
  const seed = values.has('--seed') ? readWhole('seed', values.get('--seed'), 0, 0xffffffff) : 1;
  if (archive) {
    if (out === undefined) throw new UsageError('--archive needs --out DIR');
    const briefings = readWhole('archive', values.get('--archive'), 1, maxBriefings);
    return { mode: 'archive', briefings, seed, out };
  }
  return {
    mode: 'turns',
    turns: readWhole('turns', values.get('--turns'), 1, maxTurns),
    seed,
    ...(out === undefined ? {} : { out }),
  };
}

/** Writes a generated archive folder; the files of one seed are always the same. */
function writeArchiveFolder(briefings: number, seed: number, out: string): void {
  const archive = generateArchive({ briefings, seed });
  mkdirSync(out, { recursive: true });
  for (const file of archive.files) {
    const path = join(out, file.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  writeFileSync(join(out, manifestFileName), `${JSON.stringify(archive.manifest, null, 2)}\n`);
  const stories = archive.files.filter((file) => file.name.includes('-story-')).length;
  process.stdout.write(
    `generate: wrote ${archive.files.length - stories} briefings, ${stories} stories and ${manifestFileName} to ${out}\n`,
  );
}

const main = (): void => {
  let args: GenerateArgs;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`generate: ${error.message} (${usage})\n`);
    process.exitCode = 2;
    return;
  }
  if (args.mode === 'archive') {
    try {
      writeArchiveFolder(args.briefings, args.seed, args.out);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`generate: cannot write ${args.out}: ${reason}\n`);
      process.exitCode = 1;
    }
    return;
  }
  const text = generateTranscript({ turns: args.turns, seed: args.seed });
  if (args.out === undefined) {
    // A reader that stops early (`| head`) closes the pipe; that is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(args.out, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`generate: cannot write ${args.out}: ${reason}\n`);
    process.exitCode = 1;
  }
};

main();
