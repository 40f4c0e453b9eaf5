import { open, stat } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from '../domain/document/input-check';
import { runParse } from './run-parse';

// `npm run --silent parse -- FILE [--kind …] [--format …]`: the Node side of the command. Files are
// measured before they are read, so an enormous file is refused without loading it.

const tooLarge = (): Error => Object.assign(new Error('too large'), { code: 'EFBIG' });

async function readFile(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > MAX_INPUT_BYTES) throw tooLarge();
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    // One byte over the limit is enough for the check to refuse it; reading on would only use memory.
    if (size > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

process.exitCode = await runParse(process.argv.slice(2), {
  readFile,
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
