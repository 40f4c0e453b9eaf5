// `npm run --silent generate -- --turns N [--seed S] [--out FILE]`: writes an invented briefing
// transcript (for load tests and benchmarks) to stdout or to a file.
import { writeFileSync } from 'node:fs';
import { generateTranscript } from '../domain/generate/generate-transcript';

const usage = 'usage: generate --turns N [--seed S] [--out FILE]';
const maxTurns = 5_000_000;

interface GenerateArgs {
  turns: number;
  seed: number;
  out?: string;
}

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
    if (name !== '--turns' && name !== '--seed' && name !== '--out') {
      throw new UsageError(`unknown argument ${JSON.stringify(flag)}`);
    }
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    const value = inline ?? argv[index + 1];
    if (inline === undefined) index += 1;
    values.set(name, value);
  }
  if (!values.has('--turns')) throw new UsageError('--turns is required');
  const out = values.get('--out');
  if (values.has('--out') && (out === undefined || out === '' || out.startsWith('--'))) {
    throw new UsageError('--out needs a file name');
  }
  return {
    turns: readWhole('turns', values.get('--turns'), 1, maxTurns),
    seed: values.has('--seed') ? readWhole('seed', values.get('--seed'), 0, 0xffffffff) : 1,
    ...(out === undefined ? {} : { out }),
  };
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
