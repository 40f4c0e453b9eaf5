// Browser benchmark: the production build in Chromium, in one run. What `/` sends (gzip) beside a
// bare page of React and the React Router data router (the JavaScript floor), how soon `/` and a
// permalink paint beside a script-free page with the same text (the paint floor), how long input
// takes to reach the screen on the seed and on generated 1,000- and 10,000-turn transcripts beside a
// click that changes nothing (the input floor), and the heap a 10,000-turn transcript holds. Figures
// and aims only; nothing here asserts.
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
  floorAction,
  measureInputs,
  nameHelper,
  openViewer,
  type InputRow,
  type Subject,
} from './browser-input';
import { buildJsFloor } from './js-floor';
import { startStaticServer } from './static-server';

const resultsFile = 'bench-results/browser.json';
// The app's samples use seed 1 unless the address names another.
const sampleSeed = 1;
const permalink = '/exchange/x3/';
const nameTurns = (turns: number): string => `${turns.toLocaleString('en-US')} turns`;
const largeDocument = nameTurns(10_000);
// The aims of the app's design, printed beside the figures.
const aims = {
  /** JavaScript for `/` above the JavaScript floor, in bytes gzip. */
  jsAboveFloorGzip: 15 * 1024,
  /** Input to next paint, as a multiple of the no-op click on the same document. */
  paintOverFloor: 1.3,
  /** Input to result on the seed: the no-op click plus this many milliseconds. */
  seedResultOverFloorMs: 20,
  /** Input to result at 10,000 turns (median), in milliseconds. */
  largeResultMs: 50,
};

export interface PaintRow {
  readonly page: string;
  readonly fcp: number;
  readonly lcp: number;
  readonly floorFcp: number;
  readonly floorLcp: number;
}

/** The bare React and React Router page: what it sends and how soon it paints. */
export interface JsFloor extends PaintTimes {
  readonly jsGzip: number;
}

export interface BrowserBenchResult {
  readonly chromium: string;
  readonly transfer: Omit<TransferSizes, 'files'> & { readonly files: TransferSizes['files'] };
  readonly jsFloor: JsFloor;
  readonly paints: readonly PaintRow[];
  readonly inputs: readonly InputRow[];
  readonly heapAfter10kBytes: number;
  readonly openSample10kMs: number;
}

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

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

/** The aims for one input row, from the no-op click on the same document. */
function aimFor(row: InputRow, floor: InputRow | undefined): { paint: number; result: number } {
  if (floor === undefined || row.action === floorAction) return { paint: NaN, result: NaN };
  // The no-op click shows no result: the result's aim on the seed builds on its paint time.
  const result =
    row.document === 'seed'
      ? floor.medianMs + aims.seedResultOverFloorMs
      : row.document === largeDocument
        ? aims.largeResultMs
        : Number.NaN;
  return { paint: floor.medianMs * aims.paintOverFloor, result };
}

const verdict = (value: number, aim: number): string =>
  Number.isNaN(aim) || Number.isNaN(value) ? '' : value <= aim ? 'yes' : 'NO';

function printResult(result: BrowserBenchResult): void {
  const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;
  console.log(
    `Sent for /: JS ${kb(result.transfer.jsGzip)} gzip, CSS ${kb(result.transfer.cssGzip)} gzip (aim ≤ 20 KB), data ${kb(result.transfer.dataGzip)} gzip (the parsed briefing and story)`,
  );
  const aboveFloor = result.transfer.jsGzip - result.jsFloor.jsGzip;
  console.log(
    `JS floor (React + React Router data router, one route with a loader and a Link): ${kb(result.jsFloor.jsGzip)} gzip`,
  );
  console.log(
    `JS for / minus floor: ${kb(aboveFloor)} gzip (aim ≤ ${kb(aims.jsAboveFloorGzip)}: ${verdict(aboveFloor, aims.jsAboveFloorGzip)})`,
  );
  console.table([
    ...result.paints.map((row) => ({
      page: row.page,
      'FCP ms': fixed(row.fcp, 0),
      'LCP ms': fixed(row.lcp, 0),
      'floor FCP': fixed(row.floorFcp, 0),
      'floor LCP': fixed(row.floorLcp, 0),
      'FCP / floor': `${fixed(row.fcp / row.floorFcp, 2)}×`,
      'LCP / floor': `${fixed(row.lcp / row.floorLcp, 2)}×`,
    })),
    {
      page: 'JS floor page (renders after its script)',
      'FCP ms': fixed(result.jsFloor.fcp, 0),
      'LCP ms': fixed(result.jsFloor.lcp, 0),
    },
  ]);
  console.log(
    `Input to next paint (aim ≤ ${String(aims.paintOverFloor)}× the no-op click) and to the result on screen ` +
      `(aim ≤ no-op click + ${String(aims.seedResultOverFloorMs)} ms on the seed, ≤ ${String(aims.largeResultMs)} ms median at 10,000 turns)`,
  );
  console.table(
    result.inputs.map((row) => {
      const floor = result.inputs.find(
        (candidate) => candidate.document === row.document && candidate.action === floorAction,
      );
      const aim = aimFor(row, floor);
      return {
        document: row.document,
        action: row.action,
        'paint median': fixed(row.medianMs, 1),
        'paint worst': fixed(row.worstMs, 1),
        'paint aim': fixed(aim.paint, 1),
        'paint met': verdict(row.medianMs, aim.paint),
        'result median': fixed(row.settledMedianMs, 1),
        'result worst': fixed(row.settledWorstMs, 1),
        'result aim': fixed(aim.result, 1),
        'result met': verdict(row.settledMedianMs, aim.result),
      };
    }),
  );
  console.log(
    `10,000-turn sample: opened in ${fixed(result.openSample10kMs, 0)} ms; JS heap after opening ${fixed(result.heapAfter10kBytes / 1024 / 1024, 1)} MB`,
  );
}

/** Builds the JavaScript floor page, serves it and measures what it sends and when it paints. */
async function measureJsFloor(browser: Browser): Promise<JsFloor> {
  const server = await startStaticServer(await buildJsFloor());
  try {
    const transfer = await measureTransfer(browser, `${server.origin}/`);
    const paints = await measurePaints(browser, `${server.origin}/`);
    return { jsGzip: transfer.jsGzip, ...paints };
  } finally {
    await server.close();
  }
}

/** Serves dist/ (built beforehand), measures in Chromium, prints and writes JSON. */
export async function runBrowserBench(): Promise<BrowserBenchResult> {
  const server = await startStaticServer('dist', { extraPages: readFloorPages() });
  const browser = await launchBrowser();
  try {
    const { origin } = server;
    const transfer = await measureTransfer(browser, `${origin}/`);
    const jsFloor = await measureJsFloor(browser);
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
        name: nameTurns(turns),
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
      jsFloor,
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
