import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium-options';

/** Builds the app into dist/ (`npm run build`), as the browser and Lighthouse sections measure it. */
export function buildApp(): void {
  console.log('Building the app (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`npm run build failed (${String(built.status)})`);
}

/** Launches the same Chromium the end-to-end tests use, kept off the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

type FileType = 'js' | 'css' | 'data';

export interface TransferSizes {
  readonly jsGzip: number;
  readonly cssGzip: number;
  /** Documents the page fetched as data (the viewer's parsed briefing), apart from its code. */
  readonly dataGzip: number;
  readonly files: readonly { url: string; type: FileType; gzip: number }[];
}

// A preloaded fetch reaches the page as a request of type "other": JSON is told by its content type.
const typeOf = (resourceType: string, contentType: string): FileType | undefined => {
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  return contentType.includes('json') ? 'data' : undefined;
};

/** Loads `url` and sums the gzip size of every script, style sheet and data file the page fetched. */
export async function measureTransfer(browser: Browser, url: string): Promise<TransferSizes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ url: string; type: FileType; gzip: number } | undefined>[] = [];
  page.on('response', (response) => {
    const type = typeOf(
      response.request().resourceType(),
      response.headers()['content-type'] ?? '',
    );
    if (type === undefined) return;
    pending.push(
      response
        .body()
        .then((body) => ({
          url: new URL(response.url()).pathname,
          type,
          gzip: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const files = (await Promise.all(pending)).filter((file) => file !== undefined);
  await context.close();
  const sum = (type: FileType) =>
    files.filter((file) => file.type === type).reduce((total, file) => total + file.gzip, 0);
  return { jsGzip: sum('js'), cssGzip: sum('css'), dataGzip: sum('data'), files };
}

export interface PaintTimes {
  readonly fcp: number;
  readonly lcp: number;
}

/** Used JavaScript heap after a forced garbage collection, in bytes. */
export async function measureHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/**
 * Arms the page to time the next input: from the event's timestamp to the first frame presented after
 * the handlers ran (a frame callback, then a task after it, which runs once that frame is painted).
 */
export async function armInputTimer(page: Page, eventType: string): Promise<void> {
  await page.evaluate((type) => {
    const target = window as unknown as { __inputToPaint?: Promise<number> };
    target.__inputToPaint = new Promise<number>((resolveTime) => {
      addEventListener(
        type,
        (event) => {
          const started = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              resolveTime(performance.now() - started);
            };
            channel.port2.postMessage(undefined);
          });
        },
        { capture: true, once: true },
      );
    });
  }, eventType);
}

/** Reads the time measured by the last `armInputTimer`. */
export async function readInputTimer(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __inputToPaint?: Promise<number> }).__inputToPaint ?? Number.NaN,
  );
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
};

/** The page's HTML with every script and module preload removed: what a reader sees with no script. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
}
