import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { layoutArchiveData } from '../../src/domain/archive/data-files';
import type { ArchiveModel } from '../../src/domain/archive/types';

/** What writeArchiveData wrote. */
export interface WrittenData {
  files: number;
  bytes: number;
}

// Enough writes in flight to keep the disk busy without holding thousands of buffers at once.
const parallelWrites = 16;

/**
 * Writes the archive as JSON files under `outDir` (layout: src/domain/archive/data-files.ts). The
 * same model always gives the same bytes. Throws when the folder cannot be written.
 */
export async function writeArchiveData(model: ArchiveModel, outDir: string): Promise<WrittenData> {
  const written: WrittenData = { files: 0, bytes: 0 };
  const folders = new Set<string>();
  const pending = new Set<Promise<void>>();
  for (const file of layoutArchiveData(model)) {
    const path = join(outDir, file.path);
    const folder = dirname(path);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const bytes = Buffer.from(JSON.stringify(file.data), 'utf8');
    written.files += 1;
    written.bytes += bytes.byteLength;
    const write = writeFile(path, bytes).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= parallelWrites) await Promise.race(pending);
  }
  await Promise.all(pending);
  return written;
}
