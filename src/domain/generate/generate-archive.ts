// A generated archive folder: many invented briefings over several years in two label styles, with
// a recurring cast, topics that rise and fall, a few news stories and a podium.json. For tests and
// benchmarks of the archive; the same seed always gives the same files.
import { defaultTopics } from '../../content/topics';
import type { ManifestEntry } from '../archive/manifest';
import { compareText } from '../archive/slugs';
import {
  createArchiveCast,
  createArchiveReporter,
  holderOn,
  reporterOn,
  type ArchiveCast,
  type ArchiveReporter,
} from './archive-cast';
import { writeArticle } from './archive-story';
import {
  addresseeOf,
  writeClosing,
  writeRound,
  writeTurn,
  type TurnDraft,
} from './generate-transcript';
import { createRandom, type Random } from './random';
import { writeAnswer, writeQuestion, writeStatement, type Scene } from './speech';

/** Options of generateArchive. */
export interface GenerateArchiveOptions {
  briefings: number;
  seed: number;
}

/** A file of the generated folder: its name and text. */
export interface GeneratedFile {
  name: string;
  text: string;
}

/** The `podium.json` of a generated folder. */
export interface GeneratedManifest {
  title: string;
  files: Record<string, ManifestEntry>;
}

/** The files of a generated archive, its manifest, and who speaks in it. */
export interface GeneratedArchive {
  files: GeneratedFile[];
  manifest: GeneratedManifest;
  /** The officials who speak in at least one briefing, by display name ("Ana Ruiz"). */
  officials: string[];
}

const firstYear = 2015;
const dayMs = 86_400_000;
const monthsShort = 'Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');
const monthsLong =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const weekdays = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

const isoDay = (day: number): string =>
  new Date(Date.UTC(firstYear, 0, 1) + day * dayMs).toISOString().slice(0, 10);

// "Jan. 27, 2020", "Monday, January 27, 2020", "27 January 2020": the forms real pages use.
function writeDateLine(random: Random, day: number): string {
  const date = new Date(Date.UTC(firstYear, 0, 1) + day * dayMs);
  const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  const form = random.int(0, 2);
  if (form === 0) return `${monthsShort[month] ?? ''} ${dayOfMonth}, ${year}`;
  if (form === 1) {
    return `${weekdays[date.getUTCDay()] ?? ''}, ${monthsLong[month] ?? ''} ${dayOfMonth}, ${year}`;
  }
  return `${dayOfMonth} ${monthsLong[month] ?? ''} ${year}`;
}

/** Topics rise and fall: each has a day it is most talked about. */
interface TopicTrend {
  names: string[];
  words: readonly string[];
  peak: number;
}

function pickFocus(random: Random, trends: readonly TopicTrend[], day: number, span: number) {
  const weights = trends.map((trend) => {
    const distance = (day - trend.peak) / (span / 6);
    return 1 + 6 * Math.exp(-distance * distance);
  });
  const chosen = new Set<TopicTrend>();
  const count = random.int(2, 3);
  while (chosen.size < count) {
    let ticket = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
    for (const [index, trend] of trends.entries()) {
      ticket -= weights[index] ?? 0;
      if (ticket <= 0) {
        chosen.add(trend);
        break;
      }
    }
  }
  const focus = [...chosen];
  return { topicNames: focus.flatMap((t) => t.names), topicWords: focus.flatMap((t) => t.words) };
}

/** What every part of the generator draws on. */
interface Context {
  random: Random;
  cast: ArchiveCast;
  trends: readonly TopicTrend[];
  /** Days the archive spans. */
  span: number;
}

interface Briefing {
  day: number;
  lines: string[];
  /** Who speaks for the government: full titles or names. */
  officials: string[];
  focus: Pick<Scene, 'topicNames' | 'topicWords'>;
}

// Regulars come back; now and then a newcomer asks, and half of them return later.
function pickReporters(random: Random, cast: ArchiveCast, day: number): ArchiveReporter[] {
  const chosen = new Set<ArchiveReporter>();
  const count = random.int(4, 8);
  while (chosen.size < count) chosen.add(random.pick(cast.reporters));
  if (random.chance(0.15)) {
    const newcomer = createArchiveReporter(random, cast.draw);
    if (random.chance(0.5)) cast.reporters.push(newcomer);
    chosen.add(newcomer);
  }
  return [...chosen].map((reporter) => ({ ...reporter, ...reporterOn(reporter, day) }));
}

function writeJoint(context: Context, day: number, dateLine: string[]): Briefing {
  const { random, cast } = context;
  const secretary = holderOn(cast.secretaries, day);
  const guest = random.pick(cast.guests);
  const officials = [secretary, guest];
  if (random.chance(0.3)) officials.push(holderOn(cast.generals, day));
  const focus = pickFocus(random, context.trends, day, context.span);
  const scene: Scene = {
    host: secretary.address,
    guest: guest.address,
    country: guest.country.name,
    ...focus,
  };
  const kind = random.pick([
    'Joint Press Briefing',
    'Joint Press Conference',
    'Press Availability',
  ]);
  // Some pages write the secretary's short label from the start; the presenters line names her.
  const shortOnly = random.chance(0.15);
  const speaking = officials.map((official) =>
    shortOnly && official === secretary
      ? { ...official, longLabel: official.shortLabels[0] ?? '' }
      : official,
  );
  const lines = [
    `${[secretary, guest].map((o) => o.fullTitle).join(' and ')} ${kind}`,
    ...dateLine,
    `Presenters: ${officials.map((o) => o.fullTitle).join('; ')}`,
  ];
  for (const official of speaking) {
    lines.push(
      ...writeTurn({
        label: official.longLabel,
        paragraphs: writeStatement(random, scene, addresseeOf(official)),
      }),
    );
  }
  const reporters = pickReporters(random, cast, day);
  const rounds = random.int(3, 9);
  for (let round = 0; round < rounds; round++) {
    const reporter = random.pick(reporters);
    for (const turn of writeRound(random, speaking, { ...reporter, foreign: false }, scene)) {
      lines.push(...writeTurn(turn));
    }
  }
  for (const turn of writeClosing(random, speaking)) lines.push(...writeTurn(turn));
  return { day, lines, officials: officials.map((o) => o.fullTitle), focus };
}

function writeDepartment(context: Context, day: number, dateLine: string[]): Briefing {
  const { random, cast } = context;
  const spokesperson = holderOn(cast.spokespeople, day);
  const secretary = random.chance(0.4) ? holderOn(cast.secretaries, day) : undefined;
  const focus = pickFocus(random, context.trends, day, context.span);
  // Reporters turn to the spokesperson; the spokesperson speaks of the secretary.
  const scene: Scene = {
    host: spokesperson.address,
    guest: secretary?.address ?? 'the Secretary',
    country: 'the United States',
    ...focus,
  };
  const named = random.chance(0.5);
  const title = named
    ? `Press Briefing by Press Secretary ${spokesperson.fullName}`
    : 'Department Press Briefing';
  const lines = [title, ...dateLine];
  const turns: TurnDraft[] = [
    {
      label: spokesperson.label,
      paragraphs: [
        'Good afternoon, everyone.',
        ...writeStatement(random, scene, 'host').slice(1, 3),
      ],
    },
  ];
  const secretaryLabel =
    secretary === undefined
      ? undefined
      : `SECRETARY ${secretary.address.split(' ').slice(1).join(' ').toUpperCase()}`;
  if (secretaryLabel !== undefined) {
    turns.push({
      label: secretaryLabel,
      paragraphs: writeStatement(random, scene, 'guest').slice(0, 3),
    });
  }
  const reporters = pickReporters(random, cast, day);
  const rounds = random.int(4, 10);
  for (let round = 0; round < rounds; round++) {
    const reporter = random.pick(reporters);
    const first = reporter.name.split(' ')[0] ?? '';
    if (random.chance(0.4))
      turns.push({ label: spokesperson.label, paragraphs: [`Go ahead, ${first}.`] });
    const intro = random.chance(0.8) ? `${reporter.name} with ${reporter.outlet}.\u00a0 ` : '';
    turns.push({ label: 'QUESTION', paragraphs: [`${intro}${writeQuestion(random, scene)}`] });
    const answerer =
      secretaryLabel !== undefined && random.chance(0.5) ? secretaryLabel : spokesperson.label;
    turns.push({ label: answerer, paragraphs: writeAnswer(random, scene, 'host') });
    if (random.chance(0.2)) {
      turns.push({
        label: 'QUESTION',
        paragraphs: [`And just to follow up:\u00a0 ${writeQuestion(random, scene)}`],
      });
      turns.push({ label: answerer, paragraphs: writeAnswer(random, scene, 'host') });
    }
  }
  turns.push({ label: spokesperson.label, paragraphs: ['Thank you, everyone.'] });
  for (const turn of turns) lines.push(...writeTurn(turn));
  const officials = [
    spokesperson.fullName,
    ...(secretary === undefined ? [] : [secretary.fullTitle]),
  ];
  return { day, lines, officials, focus };
}

function writeBriefing(
  context: Context,
  index: number,
  day: number,
): { file: GeneratedFile; entry?: ManifestEntry; briefing: Briefing } {
  const { random } = context;
  // Most pages say their date; a few leave it to the manifest, and a few have none at all.
  const dating = random.next();
  const inText = dating < 0.9;
  const dated = dating < 0.96;
  const dateLine = inText ? [writeDateLine(random, day)] : [];
  const briefing = random.chance(0.55)
    ? writeJoint(context, day, dateLine)
    : writeDepartment(context, day, dateLine);
  const prefix = dated ? isoDay(day) : 'undated';
  const name = `${prefix}-briefing-${String(index + 1).padStart(5, '0')}.txt`;
  const entry: ManifestEntry = {};
  if (dated && !inText) entry.date = isoDay(day);
  if (random.chance(0.3)) {
    entry.publisher = 'Ministry of Examples';
    entry.sourceUrl = `https://briefings.example/transcripts/${String(index + 1)}`;
  }
  const text = `${briefing.lines.join('\n\n')}\n`;
  return Object.keys(entry).length > 0
    ? { file: { name, text }, entry, briefing }
    : { file: { name, text }, briefing };
}

/**
 * Writes an archive folder of `briefings` invented briefings over several years, a story for
 * about every 25 briefings, and a manifest. Pure: the same options always give the same files.
 */
export function generateArchive({ briefings, seed }: GenerateArchiveOptions): GeneratedArchive {
  const random = createRandom(seed);
  const count = Math.max(0, Math.floor(briefings));
  const years = Math.min(12, Math.max(3, Math.ceil(count / 150)));
  const span = Math.round(years * 365.25);
  const cast = createArchiveCast(random, span, count);
  const trends = defaultTopics.map((topic) => ({
    names: [topic.patterns[0] ?? topic.label],
    words: topic.patterns,
    peak: random.int(0, span),
  }));
  const context: Context = { random, cast, trends, span };
  const files: GeneratedFile[] = [];
  const manifest: GeneratedManifest = { title: `Generated briefings (seed ${seed})`, files: {} };
  const officials = new Set<string>();
  const written: { name: string; briefing: Briefing }[] = [];
  for (let index = 0; index < count; index++) {
    // Days spread evenly over the span, each placed at random within its share.
    const day = Math.floor(((index + random.next()) * span) / Math.max(1, count));
    const { file, entry, briefing } = writeBriefing(context, index, day);
    files.push(file);
    if (entry !== undefined) manifest.files[file.name] = entry;
    for (const official of briefing.officials) officials.add(official);
    written.push({ name: file.name, briefing });
  }
  // Stories follow dated briefings, a day or three later.
  const dated = written.filter(({ name }) => !name.startsWith('undated'));
  const stories = dated.length === 0 ? 0 : Math.max(2, Math.round(count / 25));
  for (let index = 0; index < stories; index++) {
    const { name: briefingName, briefing } = random.pick(dated);
    const day = briefing.day + random.int(0, 3);
    const name = `${isoDay(day)}-story-${String(index + 1).padStart(4, '0')}.txt`;
    files.push({
      name,
      text: writeArticle(random, cast.draw, writeDateLine(random, day), briefing.focus),
    });
    // Some pairings are the manifest's; the others are left for Podium to suggest.
    if (random.chance(0.4) && manifest.files[briefingName]?.pairedStory === undefined) {
      manifest.files[briefingName] = { ...manifest.files[briefingName], pairedStory: name };
    }
  }
  files.sort((a, b) => compareText(a.name, b.name));
  return { files, manifest, officials: [...officials].sort() };
}
