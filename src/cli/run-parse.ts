import type { DocumentKind } from '../domain/document/detect-kind';
import { defaultTopics } from '../content/topics';
import { exportDocument, exportTaggedJson } from '../domain/export/document';
import { exportFormats, isExportFormat, type ExportFormat } from '../domain/export/formats';
import { checkInput, formatBytes, MAX_INPUT_LABEL } from '../domain/document/input-check';
import { parseTaggedDocument } from '../domain/document/parse-document';
import { listDocumentTopics } from '../domain/topics/stats';

// The `parse` command without Node: arguments in, exit code out, every effect through `io`, so tests
// call it directly with files that exist only in memory.

export interface ParseIo {
  /** Reads a file; rejects with a Node-style `code` (ENOENT, EISDIR, EACCES, EFBIG…) when it cannot. */
  readFile: (path: string) => Promise<Uint8Array>;
  readStdin: () => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const usage = `usage: podium parse FILE|- [--kind transcript|article] [--format ${exportFormats.join('|')}]`;

interface ParseOptions {
  file: string;
  kind?: DocumentKind;
  format: ExportFormat;
}

type Parsed = { ok: true; options: ParseOptions } | { ok: false; help: boolean; message?: string };

const kinds: readonly DocumentKind[] = ['transcript', 'article'];
const isKind = (value: string): value is DocumentKind =>
  (kinds as readonly string[]).includes(value);

/** Reads the command line: one FILE (or `-`), `--kind`, `--format`, as `--flag value` or `--flag=value`. */
export function readArguments(argv: readonly string[]): Parsed {
  let file: string | undefined;
  let kind: DocumentKind | undefined;
  let format: ExportFormat = 'json';
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '-h' || argument === '--help') return { ok: false, help: true };
    const flag = /^--(kind|format)(?:=(.*))?$/.exec(argument);
    if (flag !== null) {
      const value = flag[2] ?? argv[(index += 1)];
      if (flag[1] === 'kind') {
        if (value === undefined || !isKind(value)) {
          return { ok: false, help: false, message: `--kind must be ${kinds.join(' or ')}` };
        }
        kind = value;
      } else {
        if (value === undefined || !isExportFormat(value)) {
          return {
            ok: false,
            help: false,
            message: `--format must be ${exportFormats.join(', ')}`,
          };
        }
        format = value;
      }
    } else if (argument.startsWith('-') && argument !== '-') {
      return { ok: false, help: false, message: `unknown option '${argument}'` };
    } else if (file === undefined) {
      file = argument;
    } else {
      return { ok: false, help: false, message: `one file at a time ('${argument}' is extra)` };
    }
  }
  if (file === undefined) return { ok: false, help: false, message: 'no file given' };
  return { ok: true, options: kind === undefined ? { file, format } : { file, kind, format } };
}

const readErrors: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EFBIG: `over the ${MAX_INPUT_LABEL} limit`,
};

/** Why a file could not be read, in a few plain words: "no such file", "permission denied". */
export function describeReadError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = readErrors[code];
  if (known !== undefined) return known;
  return error instanceof Error ? error.message : 'unreadable';
}

/** Runs `podium parse` and returns the exit code: 0 done, 1 unreadable input, 2 bad usage. */
export async function runParse(argv: readonly string[], io: ParseIo): Promise<number> {
  const parsed = readArguments(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    io.stderr(`podium: ${parsed.message ?? 'bad arguments'}\n${usage}\n`);
    return 2;
  }
  const { file, kind, format } = parsed.options;
  const name = file === '-' ? 'standard input' : `'${file}'`;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    io.stderr(`podium: cannot read ${name}: ${describeReadError(error)}\n`);
    return 1;
  }
  const checked = checkInput(bytes);
  if (!checked.ok) {
    const reason =
      checked.problem === 'too-large'
        ? `over the ${MAX_INPUT_LABEL} limit (${formatBytes(bytes.byteLength)})`
        : checked.problem === 'binary'
          ? 'not a text file (binary data or invalid UTF-8)'
          : 'empty file';
    io.stderr(`podium: cannot read ${name}: ${reason}\n`);
    return 1;
  }
  const { document, topics } = parseTaggedDocument(checked.text, kind, defaultTopics);
  if (kind === 'transcript' && checked.notes.some((note) => note.code === 'no-labels')) {
    io.stderr(`podium: warning: ${name} has no speaker labels; try --kind article\n`);
  }
  // JSON lists the topics too, curated and found in the text, with their counts.
  io.stdout(
    format === 'json'
      ? exportTaggedJson(document, listDocumentTopics(document, topics, defaultTopics))
      : exportDocument(document, format),
  );
  return 0;
}
