import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runParse, usage, type ParseIo } from '../../src/cli/run-parse';
import { briefingText, storyText } from '../../src/content/seeds';
import { MAX_INPUT_BYTES } from '../../src/domain/document/input-check';
import type { Article, Transcript } from '../../src/domain/types';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const failWith = (code: string) => () => Promise.reject(Object.assign(new Error(code), { code }));

// Runs the command against files that live in memory and collects what it prints.
async function run(
  argv: string[],
  files: Record<string, Uint8Array> = {},
  stdin: Uint8Array = new Uint8Array(),
  readFile?: ParseIo['readFile'],
) {
  let stdout = '';
  let stderr = '';
  const code = await runParse(argv, {
    readFile:
      readFile ??
      ((path) => {
        const bytes = files[path];
        return bytes === undefined ? failWith('ENOENT')() : Promise.resolve(bytes);
      }),
    readStdin: () => Promise.resolve(stdin),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const seeds = { 'briefing.txt': encode(briefingText), 'story.txt': encode(storyText) };

describe('podium parse: output', () => {
  it('prints the parsed transcript as JSON by default', async () => {
    const result = await run(['briefing.txt'], seeds);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const transcript = JSON.parse(result.stdout) as Transcript;
    expect(transcript.kind).toBe('transcript');
    expect(transcript.title).toMatch(/Joint Press Briefing$/);
    expect(transcript.exchanges.map((exchange) => exchange.kind)).toEqual([
      'statements',
      'question',
      'question',
      'question',
      'question',
      'closing',
    ]);
  });

  it('lists the topics, curated and found in the text, with their ids and counts', async () => {
    const result = await run(['briefing.txt'], seeds);
    const { topics } = JSON.parse(result.stdout) as {
      topics: { id: string; label: string; origin: string; mentions: number }[];
    };
    // Libya is named 13 times in the briefing; Italy, found in the text, 21 times.
    expect(topics).toContainEqual(
      expect.objectContaining({ id: 'libya', label: 'Libya', origin: 'curated', mentions: 13 }),
    );
    expect(topics).toContainEqual(
      expect.objectContaining({ id: 'italy', label: 'Italy', origin: 'found', mentions: 21 }),
    );
    expect(topics).toContainEqual(
      expect.objectContaining({
        id: 'political-solution',
        label: 'Political solution',
        origin: 'found',
        mentions: 5,
      }),
    );
  });

  it('recognises a news story without being told', async () => {
    const result = await run(['story.txt'], seeds);
    const article = JSON.parse(result.stdout) as Article;
    expect(article.kind).toBe('article');
    expect(article.paragraphs.some((paragraph) => paragraph.kind === 'quote')).toBe(true);
  });

  it('parses as the kind it is told, and warns when a transcript has no labels', async () => {
    const result = await run(['story.txt', '--kind', 'transcript'], seeds);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Transcript).kind).toBe('transcript');
    expect(result.stderr).toBe(
      "podium: warning: 'story.txt' has no speaker labels; try --kind article\n",
    );
  });

  it('writes Markdown, text and CSV', async () => {
    const markdown = await run(['briefing.txt', '--format', 'md'], seeds);
    expect(markdown.stdout).toMatch(/^# Secretary of Defense/);
    expect(markdown.stdout).toContain('\n## Opening statements\n');
    const text = await run(['briefing.txt', '--format=txt'], seeds);
    expect(text.stdout).toContain('SEC. ESPER:\u00a0 ');
    const csv = await run(['briefing.txt', '--format', 'csv'], seeds);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'exchange_id,exchange_kind,turn_id,speaker_id,speaker_name,role,affiliation,label,interpreted,topics,text',
    );
  });

  it('reads standard input for -', async () => {
    const result = await run(['-', '--format', 'txt'], {}, encode(briefingText));
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Secretary of Defense')).toBe(true);
  });

  it('prints usage for --help', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: `${usage}\n`, stderr: '' });
  });
});

describe('podium parse: errors', () => {
  const expectFailure = async (
    result: Promise<{ code: number; stdout: string; stderr: string }>,
    stderr: string,
    code = 1,
  ) => {
    expect(await result).toEqual({ code, stdout: '', stderr });
  };

  it('refuses a missing file', async () => {
    await expectFailure(run(['x.txt']), "podium: cannot read 'x.txt': no such file\n");
  });

  it('refuses a directory, an unreadable file and an oversized file', async () => {
    await expectFailure(
      run(['dir'], {}, undefined, failWith('EISDIR')),
      "podium: cannot read 'dir': is a directory\n",
    );
    await expectFailure(
      run(['secret.txt'], {}, undefined, failWith('EACCES')),
      "podium: cannot read 'secret.txt': permission denied\n",
    );
    await expectFailure(
      run(['huge.txt'], {}, undefined, failWith('EFBIG')),
      "podium: cannot read 'huge.txt': over the 20 MB limit\n",
    );
  });

  it('refuses binary, invalid UTF-8, empty and over-limit input', async () => {
    await expectFailure(
      run(['a.bin'], { 'a.bin': new Uint8Array([0x51, 0x3a, 0, 0x41]) }),
      "podium: cannot read 'a.bin': not a text file (binary data or invalid UTF-8)\n",
    );
    await expectFailure(
      run(['latin1.txt'], { 'latin1.txt': new Uint8Array([0x51, 0x3a, 0x20, 0xe9, 0x0a]) }),
      "podium: cannot read 'latin1.txt': not a text file (binary data or invalid UTF-8)\n",
    );
    await expectFailure(
      run(['blank.txt'], { 'blank.txt': encode('  \n\n') }),
      "podium: cannot read 'blank.txt': empty file\n",
    );
    await expectFailure(
      run(['-'], {}, new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61)),
      'podium: cannot read standard input: over the 20 MB limit (20.0 MB)\n',
    );
  });

  it('answers an unknown flag or a bad value with the usage line and exit code 2', async () => {
    await expectFailure(
      run(['briefing.txt', '--pretty'], seeds),
      `podium: unknown option '--pretty'\n${usage}\n`,
      2,
    );
    await expectFailure(
      run(['briefing.txt', '--format', 'pdf'], seeds),
      `podium: --format must be json, md, txt, csv\n${usage}\n`,
      2,
    );
    await expectFailure(
      run(['briefing.txt', '--kind'], seeds),
      `podium: --kind must be transcript or article\n${usage}\n`,
      2,
    );
    await expectFailure(run([]), `podium: no file given\n${usage}\n`, 2);
    await expectFailure(
      run(['a.txt', 'b.txt']),
      `podium: one file at a time ('b.txt' is extra)\n${usage}\n`,
      2,
    );
  });
});

describe('podium parse: the real command', () => {
  const exec = promisify(execFile);
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('reads a real file and refuses a real directory', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'podium-cli-'));
    const file = join(directory, 'briefing.txt');
    await writeFile(file, briefingText);
    const { stdout } = await exec(tsx, ['src/cli/parse.ts', file, '--format', 'csv']);
    expect(stdout).toContain(',SEC. ESPER,');
    const failure = await exec(tsx, ['src/cli/parse.ts', directory]).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure).toMatchObject({
      code: 1,
      stderr: `podium: cannot read '${directory}': is a directory\n`,
    });
  }, 30_000);
});
