// Lighthouse (mobile: a mid-range phone on a slow 4G link, simulated) against dist/ served as a
// production host would, for every page type: the four category scores and the layout shift. It
// drives the same Chromium as the other sections, through the browser's debugging port, and
// downloads nothing. Figures only; nothing here asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../scripts/chromium-options';
import { median } from './browser-metrics';
import { startStaticServer } from './static-server';

const resultsFile = 'bench-results/lighthouse.json';
// Lighthouse varies from run to run; the run with the median performance score is kept, as
// Lighthouse's own guidance does.
const runs = 3;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Category = (typeof categories)[number];

/**
 * Every kind of page the static build serves. Lighthouse refuses to audit a page answered with status
 * 404, so the not-found page is audited at its file's own address, where it is the same page.
 */
const pages = [
  { name: 'briefing', path: '/' },
  { name: 'exchange permalink', path: '/exchange/x3/' },
  { name: 'import', path: '/import/' },
  { name: 'library', path: '/library/' },
  { name: 'not found', path: '/404.html' },
] as const;

export interface LighthouseRow {
  readonly page: string;
  readonly path: string;
  /** Scores from 0 to 100. */
  readonly scores: Readonly<Record<Category, number>>;
  readonly cls: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  /** The audits that cost a category points: `category: audit title`. */
  readonly lost: readonly string[];
}

type RunSummary = Omit<LighthouseRow, 'page' | 'path'>;

/** A port no one listens on, for the browser's debugging endpoint. */
function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolvePort(port);
      });
    });
  });
}

async function runOnce(url: string, port: number): Promise<RunSummary> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const lost = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit?.score !== null && audit?.score !== undefined && audit.score < 1)
      .map((audit) => `${category}: ${audit?.title ?? '?'}`),
  );
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    cls: numeric('cumulative-layout-shift'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    lost,
  };
}

function printRows(rows: readonly LighthouseRow[]): void {
  console.log(
    `Lighthouse, mobile (median of ${String(runs)} runs by performance; aim: 100 in every category, CLS 0)`,
  );
  console.table(
    rows.map((row) => ({
      page: `${row.page} ${row.path}`,
      performance: row.scores.performance,
      accessibility: row.scores.accessibility,
      'best practices': row.scores['best-practices'],
      SEO: row.scores.seo,
      CLS: row.cls.toFixed(3),
      'LCP ms': row.lcpMs.toFixed(0),
      'TBT ms': row.tbtMs.toFixed(0),
    })),
  );
  for (const row of rows.filter((candidate) => candidate.lost.length > 0)) {
    console.log(`  ${row.path} lost points on: ${row.lost.join('; ')}`);
  }
}

/** Serves dist/ as a production host would and runs Lighthouse (mobile) on every page type. */
export async function runLighthouseBench(): Promise<LighthouseRow[]> {
  const server = await startStaticServer('dist');
  const port = await findFreePort();
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${String(port)}`],
  });
  try {
    const rows: LighthouseRow[] = [];
    for (const page of pages) {
      console.log(`Lighthouse on ${page.path}…`);
      const summaries: RunSummary[] = [];
      for (let run = 0; run < runs; run += 1) {
        summaries.push(await runOnce(`${server.origin}${page.path}`, port));
      }
      const middle = median(summaries.map((summary) => summary.scores.performance));
      const kept = summaries.find((summary) => summary.scores.performance === middle);
      if (!kept) throw new Error(`No Lighthouse run of ${page.path} to report`);
      rows.push({ page: page.name, path: page.path, ...kept });
    }
    printRows(rows);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ chromium: browser.version(), rows }, null, 2)}\n`,
    );
    console.log(`Wrote ${resultsFile}`);
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
