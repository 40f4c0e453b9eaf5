// Input timing for the browser benchmark: from an input event to the next frame on screen, and to
// the frame that shows the filtered result, for a speaker click, a topic click and a search keystroke.
import type { Browser, Page } from '@playwright/test';
import { filterTranscript, type Filters } from '../../src/domain/search/filters';
import type { Transcript } from '../../src/domain/types';
import { armInputTimer, median, readInputTimer } from './browser-metrics';

const samples = 20;
/** The row of the click that changes nothing: the wait for the next frame alone. */
export const floorAction = 'no-op click (floor)';
// Pairs of queries one keystroke apart; the first pair whose matches differ on a document is typed.
const queryPairs = [
  ['lib', 'liby'],
  ['def', 'defe'],
  ['sec', 'secu'],
  ['mi', 'min'],
  ['th', 'the'],
] as const;

export interface InputRow {
  readonly document: string;
  readonly action: string;
  /** From the input event to the next frame on screen. */
  readonly medianMs: number;
  readonly worstMs: number;
  /** From the input event to the frame that shows the filtered result. */
  readonly settledMedianMs: number;
  readonly settledWorstMs: number;
}

/** A document the inputs are timed on: where the app shows it, and its parse. */
export interface Subject {
  readonly name: string;
  readonly path: string;
  readonly transcript: Transcript;
}

// tsx names the functions a page script declares with a helper the page lacks; give it one.
export const nameHelper = { content: 'globalThis.__name = (target) => target;' };

/** Waits until the viewer is on screen (a sample is generated first: that can take seconds). */
export async function openViewer(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page
    .getByRole('searchbox', { name: 'Search both documents' })
    .waitFor({ state: 'visible', timeout: 120_000 });
  return Date.now() - started;
}

/** Arms a timer from the next `eventType` to the first frame after the briefing's status changed. */
async function armSettleTimer(page: Page, eventType: string): Promise<void> {
  await page.evaluate((type) => {
    const status = () =>
      document.querySelector('.transcript-summary [role="status"]')?.textContent ?? '';
    const before = status();
    const target = window as unknown as { __settled?: Promise<number> };
    target.__settled = new Promise<number>((resolveTime) => {
      // An input that changes nothing on screen would leave the timer waiting: give up and say so.
      setTimeout(() => {
        resolveTime(Number.NaN);
      }, 15_000);
      addEventListener(
        type,
        (event) => {
          const started = event.timeStamp;
          // Runs in a frame callback: the DOM it reads is what this frame paints.
          const check = () => {
            if (status() === before) {
              requestAnimationFrame(check);
              return;
            }
            // This frame shows the new status: a task queued from its frame callback runs once it
            // is painted. (Waiting for one more frame here would count a frame too many.)
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              resolveTime(performance.now() - started);
            };
            channel.port2.postMessage(undefined);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  }, eventType);
}

const readSettleTimer = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __settled?: Promise<number> }).__settled ?? NaN);

/**
 * Times `act` `samples` times: input to next paint, and input to the filtered result on screen
 * (unless `settles` is false: an input that changes no result is timed to the next paint only).
 */
async function timeInput(
  page: Page,
  eventType: string,
  act: (round: number) => Promise<void>,
  settles = true,
): Promise<{ paint: number[]; settled: number[] }> {
  const paint: number[] = [];
  const settled: number[] = [];
  // Two rounds unmeasured: the first use of a control pays for code the later ones share. With an
  // even count of rounds in all, a toggle ends as it began, so one action does not skew the next.
  for (let round = -2; round < samples; round += 1) {
    await armInputTimer(page, eventType);
    if (settles) await armSettleTimer(page, eventType);
    await act(round);
    const toPaint = await readInputTimer(page);
    const toSettle = settles ? await readSettleTimer(page) : Number.NaN;
    if (round >= 0) {
      paint.push(toPaint);
      settled.push(toSettle);
    }
    // Let idle work (a deferred render, garbage collection) finish before the next input.
    await page.waitForTimeout(100);
  }
  return { paint, settled };
}

const noFilters: Filters = { speakers: [], topics: [], q: '' };

/** The first query pair whose two queries show different results on this transcript. */
function pickQueries(transcript: Transcript): readonly [string, string] {
  const count = (q: string) => filterTranscript(transcript, { ...noFilters, q }).matchingTurnCount;
  return queryPairs.find(([short, long]) => count(short) !== count(long)) ?? queryPairs[0];
}

export async function measureInputs(
  browser: Browser,
  origin: string,
  subject: Subject,
): Promise<InputRow[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(nameHelper);
  const page = await context.newPage();
  await openViewer(page, `${origin}${subject.path}`);
  const official = subject.transcript.speakers.find((speaker) => speaker.kind === 'official');
  const escaped = (official?.name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const speakerBox = page.getByRole('checkbox', { name: new RegExp(`^${escaped}`) }).first();
  const topicBox = page.getByRole('checkbox', { name: 'Libya', exact: true });
  const rows: InputRow[] = [];
  const record = (action: string, times: { paint: number[]; settled: number[] }) => {
    rows.push({
      document: subject.name,
      action,
      medianMs: median(times.paint),
      worstMs: Math.max(...times.paint),
      settledMedianMs: median(times.settled),
      settledWorstMs: Math.max(...times.settled),
    });
  };
  console.log(`Timing input on ${subject.name}…`);
  // The floor: a click on the panel's heading, which changes nothing, still waits for a frame.
  const heading = page.getByRole('heading', { name: 'Filter the briefing' });
  record(floorAction, await timeInput(page, 'click', () => heading.click(), false));
  // Each click turns the filter on or off, so every sample changes what the briefing shows.
  record('speaker filter click', await timeInput(page, 'click', () => speakerBox.click()));
  record('topic filter click', await timeInput(page, 'click', () => topicBox.click()));
  const [short, long] = pickQueries(subject.transcript);
  const search = page.getByRole('searchbox', { name: 'Search both documents' });
  await search.fill(short);
  await page.waitForTimeout(500);
  record(
    `search keystroke (“${short}” ⇄ “${long}”)`,
    await timeInput(page, 'keydown', (round) =>
      page.keyboard.press(round % 2 === 0 ? (long.at(-1) ?? 'a') : 'Backspace'),
    ),
  );
  await context.close();
  return rows;
}
