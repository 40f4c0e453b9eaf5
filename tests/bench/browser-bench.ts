// Browser benchmark: the production build in Chromium, in one run. What `/` sends (gzip), how soon
// `/` and a permalink paint beside a script-free page with the same text (the floor), how long input
// takes to reach the screen on the seed and on generated 1,000- and 10,000-turn transcripts, and the
// heap a 10,000-turn transcript holds. Figures only; nothing here asserts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import {
  launchBrowser,
  measureHeap,
  measureTransfer,
  median,
  stripScripts,
  type PaintTimes,
  type TransferSizes,
} from './browser-metrics';
import {
  measureInputs,
  nameHelper,
  openViewer,
  type InputRow,
  type Subject,
} from './browser-input';
import { startStaticServer } from './static-server';

const resultsFile = 'bench-results/browser.json';
// The app's samples use seed 1 unless the address names another.
const sampleSeed = 1;
const permalink = '/exchange/x3/';

export interface PaintRow {
  readonly page: string;
  readonly fcp: number;
  readonly lcp: number;
  readonly floorFcp: number;
  readonly floorLcp: number;
}

export interface BrowserBenchResult {
  readonly chromium: string;
  readonly transfer: Omit<TransferSizes, 'files'> & { readonly files: TransferSizes['files'] };
  readonly paints: readonly PaintRow[];
  readonly inputs: readonly InputRow[];
  readonly heapAfter10kBytes: number;
  readonly openSample10kMs: number;
}

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

function buildApp(): void {
  console.log('Building the app (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`npm run build failed (${String(built.status)})`);
}

const floorPath = (path: string): string => `/floor${path}`;

/** The built pages with their scripts taken out, served beside the app as the paint floor. */
function readFloorPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const path of ['/', permalink]) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    pages.set(floorPath(path), stripScripts(html));
  }
  return pages;
}

/**
 * First and largest contentful paint of one cold load. Unlike a read at `load`, it waits for the
 * first paint's entry: a page with no script fires `load` before it has painted.
 */
async function readPaintsOnce(browser: Browser, url: string): Promise<PaintTimes> {
  const context = await browser.newContext();
  await context.addInitScript(nameHelper);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const times = await page.evaluate(
    () =>
      new Promise<PaintTimes>((resolvePaints) => {
        let lcp = Number.NaN;
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          if (last) lcp = last.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry === undefined) return;
          observer.disconnect();
          // LCP entries arrive asynchronously; two frames are enough for buffered ones.
          requestAnimationFrame(() => {
            requestAnimationFrame(() => {
              resolvePaints({ fcp: entry.startTime, lcp });
            });
          });
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return times;
}

/** Median paints of `url` over `runs` cold loads. */
async function measurePaints(browser: Browser, url: string, runs = 7): Promise<PaintTimes> {
  const samples: PaintTimes[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await readPaintsOnce(browser, url));
  return {
    fcp: median(samples.map((sample) => sample.fcp)),
    lcp: median(samples.map((sample) => sample.lcp)),
  };
}

async function measureSample10k(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const openMs = await openViewer(page, `${origin}/sample/10000`);
  const heap = await measureHeap(page);
  await context.close();
  return { openMs, heap };
}

function printResult(result: BrowserBenchResult): void {
  const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;
  console.log(
    `Sent for /: JS ${kb(result.transfer.jsGzip)} gzip (aim ≤ 110 KB), CSS ${kb(result.transfer.cssGzip)} gzip (aim ≤ 20 KB), data ${kb(result.transfer.dataGzip)} gzip (the parsed briefing and story)`,
  );
  console.table(
    result.paints.map((row) => ({
      page: row.page,
      'FCP ms': fixed(row.fcp, 0),
      'LCP ms': fixed(row.lcp, 0),
      'floor FCP': fixed(row.floorFcp, 0),
      'floor LCP': fixed(row.floorLcp, 0),
      'FCP / floor': `${fixed(row.fcp / row.floorFcp, 2)}×`,
      'LCP / floor': `${fixed(row.lcp / row.floorLcp, 2)}×`,
    })),
  );
  console.log('Input to next paint (aim < 16 ms on the seed, < 50 ms at 10k), and to the result');
  console.table(
    result.inputs.map((row) => ({
      document: row.document,
      action: row.action,
      'median ms': fixed(row.medianMs, 1),
      'worst ms': fixed(row.worstMs, 1),
      'settled median': fixed(row.settledMedianMs, 1),
      'settled worst': fixed(row.settledWorstMs, 1),
    })),
  );
  console.log(
    `10,000-turn sample: opened in ${fixed(result.openSample10kMs, 0)} ms; JS heap after opening ${fixed(result.heapAfter10kBytes / 1024 / 1024, 1)} MB`,
  );
}

/** Builds (unless `build` is false), serves dist/, measures in Chromium, prints and writes JSON. */
export async function runBrowserBench(
  options: { build?: boolean } = {},
): Promise<BrowserBenchResult> {
  if (options.build !== false) buildApp();
  const server = await startStaticServer('dist', { extraPages: readFloorPages() });
  const browser = await launchBrowser();
  try {
    const { origin } = server;
    const transfer = await measureTransfer(browser, `${origin}/`);
    const paints: PaintRow[] = [];
    for (const path of ['/', permalink]) {
      const app: PaintTimes = await measurePaints(browser, `${origin}${path}`);
      const floor: PaintTimes = await measurePaints(browser, `${origin}${floorPath(path)}`);
      paints.push({ page: path, ...app, floorFcp: floor.fcp, floorLcp: floor.lcp });
    }
    const seedText = readFileSync('src/content/briefing.txt', 'utf8');
    const subjects: Subject[] = [
      { name: 'seed', path: '/', transcript: parseTranscript(seedText) },
      ...[1000, 10_000].map((turns) => ({
        name: `${turns.toLocaleString('en-US')} turns`,
        path: `/sample/${turns}`,
        transcript: parseTranscript(generateTranscript({ turns, seed: sampleSeed })),
      })),
    ];
    const inputs: InputRow[] = [];
    for (const subject of subjects) inputs.push(...(await measureInputs(browser, origin, subject)));
    const sample = await measureSample10k(browser, origin);
    const result: BrowserBenchResult = {
      chromium: browser.version(),
      transfer,
      paints,
      inputs,
      heapAfter10kBytes: sample.heap,
      openSample10kMs: sample.openMs,
    };
    printResult(result);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Wrote ${resultsFile}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
