// Archive benchmark: builds generated archives of 100 and 2,000 briefings (buildArchive, then
// prerenderArchive: the data files and a prerendered page for every briefing, exchange, person and
// topic) and reports build, write and page time, time per briefing at each size, peak memory, the
// data files and pages written. The pages are rendered by the server entry, built once first. Each size is measured in a child process of its own, so that its peak
// resident memory is its own; a warm-up parse comes first in each. Figures only; nothing here asserts.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildArchive } from '../../scripts/archive/build-archive';
import { prerenderArchive, type ArchiveServerEntry } from '../../scripts/archive/prerender-archive';
import { fillTemplate } from '../../scripts/prerender';
import { manifestFileName } from '../../src/domain/archive/manifest';
import { parseDocument } from '../../src/domain/document/parse-document';
import { generateArchive } from '../../src/domain/generate/generate-archive';
import { measureSearch, printSearchBench, type SearchBenchRow } from './search-bench';

const resultsFile = 'bench-results/archive.json';
const seed = 20_200_127;
const MB = 1024 * 1024;

/** One archive size, as measured in its own process. */
export interface ArchiveRow {
  briefings: number;
  stories: number;
  people: number;
  topics: number;
  inputMB: number;
  generateMs: number;
  buildMs: number;
  writeMs: number;
  /** Build and write together, per briefing. */
  msPerBriefing: number;
  /** Resident memory before the build (Node and the loaded code) and at its peak. */
  baselineRssMB: number;
  peakRssMB: number;
  heapUsedMB: number;
  filesWritten: number;
  dataMB: number;
  /** Rendering and writing every archive page. */
  pagesMs: number;
  pages: number;
  pagesMB: number;
}

export interface ArchiveBenchResult {
  node: string;
  rows: ArchiveRow[];
  /** Time per briefing at the largest size divided by that at the smallest: 1.0 is linear. */
  scaling: number;
  /** The archive search at each size: its index, and queries in Chromium beside their floors. */
  search: SearchBenchRow[];
}

type Measured = Omit<ArchiveRow, 'briefings' | 'inputMB' | 'generateMs' | 'msPerBriefing'>;

// In the child: build and write the folder's archive, report figures as JSON on stdout.
async function measureFolder(dir: string, out: string, serverEntry: string): Promise<Measured> {
  const entry = (await import(pathToFileURL(serverEntry).href)) as ArchiveServerEntry;
  // The pages go into the app's source template: the client build's only differs in its asset links.
  const template = await readFile('index.html', 'utf8');
  // Parse a few briefings first, so that neither size pays for compiling the parser.
  for (const file of generateArchive({ briefings: 30, seed: seed + 1 }).files) {
    parseDocument(file.text, undefined);
  }
  const baseline = process.memoryUsage().rss;
  let started = performance.now();
  const build = await buildArchive({ dir, includeSeeds: true });
  const buildMs = performance.now() - started;
  started = performance.now();
  const written = await prerenderArchive({
    entry,
    model: build.model,
    site: { base: '/' },
    distDir: out,
    fill: (page) => fillTemplate(template, page),
  });
  const writeMs = performance.now() - started - written.pagesMs;
  const heapUsed = process.memoryUsage().heapUsed;
  return {
    stories: build.counts.stories,
    people: build.counts.speakers,
    topics: build.counts.topics,
    buildMs,
    writeMs,
    baselineRssMB: baseline / MB,
    // maxRSS is in kilobytes.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedMB: heapUsed / MB,
    filesWritten: written.data.files,
    dataMB: written.data.bytes / MB,
    pagesMs: written.pagesMs,
    pages: written.pages,
    pagesMB: written.pageBytes / MB,
  };
}

async function measureSize(
  briefings: number,
  root: string,
  serverEntry: string,
): Promise<ArchiveRow> {
  const dir = join(root, `in-${briefings}`);
  const out = join(root, `out-${briefings}`);
  const started = performance.now();
  const archive = generateArchive({ briefings, seed });
  const generateMs = performance.now() - started;
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const file of archive.files) {
    await writeFile(join(dir, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  await writeFile(join(dir, manifestFileName), JSON.stringify(archive.manifest));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', dir, out, serverEntry],
    { maxBuffer: 1024 * 1024 },
  );
  const measured = JSON.parse(stdout) as Measured;
  return {
    briefings,
    inputMB: bytes / MB,
    generateMs,
    ...measured,
    msPerBriefing: (measured.buildMs + measured.writeMs + measured.pagesMs) / briefings,
  };
}

const fixed = (value: number, digits: number): string => value.toFixed(digits);

// PODIUM_BENCH_ARCHIVE_SIZES=100,500 measures other sizes than the default two.
function readSizes(): number[] | undefined {
  const sizes = (process.env.PODIUM_BENCH_ARCHIVE_SIZES ?? '')
    .split(',')
    .map(Number)
    .filter((size) => Number.isInteger(size) && size > 0);
  return sizes.length > 0 ? sizes : undefined;
}

/** Builds generated archives of each size, prints a table and writes bench-results/archive.json. */
export async function runArchiveBench(
  options: { sizes?: readonly number[] } = {},
): Promise<ArchiveBenchResult> {
  const sizes = options.sizes ?? readSizes() ?? [100, 2000];
  const root = await mkdtemp(join(tmpdir(), 'podium-archive-bench-'));
  try {
    // Inside the checkout, where the bundle's imports of react and the router resolve.
    const ssr = join('.vite', 'bench-ssr');
    execFileSync(
      'npx',
      ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', ssr, '--logLevel', 'error'],
      { stdio: 'inherit' },
    );
    const serverEntry = resolve(ssr, 'entry-server.js');
    const rows: ArchiveRow[] = [];
    for (const size of sizes) rows.push(await measureSize(size, root, serverEntry));
    const first = rows[0];
    const last = rows.at(-1);
    const search = await measureSearch(sizes);
    const result: ArchiveBenchResult = {
      node: process.version,
      rows,
      search,
      scaling:
        first === undefined || last === undefined ? NaN : last.msPerBriefing / first.msPerBriefing,
    };
    console.log(
      `Archive build (generated folders plus the shipped pair; one process a size; ${result.node})`,
    );
    console.table(
      rows.map((row) => ({
        briefings: row.briefings,
        stories: row.stories,
        people: row.people,
        'input MB': fixed(row.inputMB, 1),
        'build ms': fixed(row.buildMs, 0),
        'write ms': fixed(row.writeMs, 0),
        'pages ms': fixed(row.pagesMs, 0),
        pages: row.pages,
        'pages MB': fixed(row.pagesMB, 1),
        'ms / briefing': fixed(row.msPerBriefing, 2),
        'RSS before MB': fixed(row.baselineRssMB, 0),
        'peak RSS MB': fixed(row.peakRssMB, 0),
        'heap MB': fixed(row.heapUsedMB, 0),
        files: row.filesWritten,
        'data MB': fixed(row.dataMB, 1),
      })),
    );
    console.log(
      `Time per briefing at ${last?.briefings ?? 0} vs ${first?.briefings ?? 0}: ${fixed(result.scaling, 2)}× (1.0 is linear; aim: 2,000 briefings in under 5 minutes and 2 GB)`,
    );
    console.log(
      'Archive search (Pagefind index of generated briefings; Chromium against a static server; ' +
        'KB as a compressing host sends them; aims at 2,000: first results under 300 ms cold, under 150 KB)',
    );
    printSearchBench(search);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Wrote ${resultsFile}`);
    return result;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// `node --import tsx tests/bench/archive-bench.ts --measure DIR OUT`: the child's side.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [flag, dir, out, serverEntry] = process.argv.slice(2);
  if (flag === '--measure' && dir !== undefined && out !== undefined && serverEntry !== undefined) {
    process.stdout.write(JSON.stringify(await measureFolder(dir, out, serverEntry)));
  } else {
    await runArchiveBench();
  }
}
