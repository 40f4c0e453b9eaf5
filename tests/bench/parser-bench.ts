// Parser benchmark: how fast the transcript parser reads generated briefings of 1, 5 and 10 MB,
// measured against the floor of any line-based parser (split into lines, test one label regex),
// and how fast the story parser reads the shipped story. Figures only; nothing here asserts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { detectKind } from '../../src/domain/document/detect-kind';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { parseArticle } from '../../src/domain/article/parse-article';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { defaultTopics } from '../../src/content/topics';
import { discoverTopics } from '../../src/domain/topics/discover';
import { tagDocuments } from '../../src/domain/topics/tag-documents';

const MB = 1024 * 1024;
const seed = 20_200_129;
const resultsFile = 'bench-results/parser.json';
const storyFile = new URL('../../src/content/story.txt', import.meta.url);
const briefingFile = new URL('../../src/content/briefing.txt', import.meta.url);
// The floor: one regular expression for an upper-case label at the start of a line.
const labelPattern = /^[ \t]*[A-Z][A-Z0-9.'’ -]*(?:\([^)]*\))?[ \t]?:/;

export interface SizeRow {
  targetMB: number;
  megabytes: number;
  turns: number;
  /** Turns the parser found (the generator wrote `turns`). */
  parsedTurns: number;
  /** Lines the bare scan took for labels. */
  scannedLabels: number;
  detectedAsTranscript: boolean;
  generateMs: number;
  parseMs: number;
  bestParseMs: number;
  parseMBps: number;
  /** The same parse with no topics to tag: what the rest of the parser costs. */
  parseWithoutTopicsMs: number;
  scanMs: number;
  bestScanMs: number;
  parsePerScan: number;
  /** The same ratio from the best runs. */
  bestParsePerScan: number;
  msPerMB: number;
  detectKindMs: number;
}

export interface ArticleRow {
  name: string;
  kilobytes: number;
  paragraphs: number;
  parseMs: number;
  parseMBps: number;
}

export interface ParserBenchResult {
  node: string;
  runs: number;
  sizes: SizeRow[];
  /** ms per MB at 10 MB divided by ms per MB at 1 MB: 1.0 is perfectly linear. */
  scaling10vs1: number;
  /** The same from the best runs. */
  bestScaling10vs1: number;
  articles: ArticleRow[];
  topicFinding: TopicRow[];
}

/** The cost of finding topics in a briefing (and its story), apart from the rest of the parse. */
export interface TopicRow {
  /** The shipped pair, or a generated briefing of so many turns. */
  name: string;
  megabytes: number;
  turns: number;
  bareScanMs: number;
  /** parseTranscript (and parseArticle) with no topics: what tagging starts from. */
  parseUntaggedMs: number;
  /** discoverTopics alone: the one pass over the words. */
  discoverMs: number;
  /** tagDocuments: discovery, one tagging pass with curated and found topics, and the retag. */
  tagMs: number;
  /** The whole parse as the app runs it: parseUntaggedMs + tagMs. */
  wholeMs: number;
  wholePerScan: number;
  /** Topic finding (tagMs) alone against the bare scan. */
  tagPerScan: number;
  foundTopics: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

// Runs `work` after `warmups` untimed runs; gives the median and the best time in milliseconds
// (the best is steadier on a busy machine) and what the work returned (shown in the results, which also keeps the engine from skipping the work).
const timeMedian = (
  work: () => number,
  runs: number,
  warmups = 1,
): { ms: number; bestMs: number; value: number } => {
  let value = 0;
  for (let i = 0; i < warmups; i += 1) value = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), bestMs: Math.min(...times), value };
};

const bareScan = (text: string): number => {
  let labels = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (labelPattern.test(line)) labels += 1;
  return labels;
};

const megabytesOf = (text: string): number => Buffer.byteLength(text, 'utf8') / MB;

// Generated briefings run at a steady size per turn, so a sample fixes the turns for a target size.
const turnsFor = (targetMB: number): number => {
  const sampleTurns = 3000;
  const perTurn = megabytesOf(generateTranscript({ turns: sampleTurns, seed })) / sampleTurns;
  return Math.round(targetMB / perTurn);
};

const measureSize = (targetMB: number, runs: number): SizeRow => {
  const turns = turnsFor(targetMB);
  const generateStart = performance.now();
  const text = generateTranscript({ turns, seed });
  const generateMs = performance.now() - generateStart;
  const megabytes = megabytesOf(text);
  const parse = timeMedian(() => parseTranscript(text).turns.length, runs);
  const parseMs = parse.ms;
  const parseWithoutTopicsMs = timeMedian(
    () => parseTranscript(text, { topics: [] }).turns.length,
    runs,
  ).ms;
  const scan = timeMedian(() => bareScan(text), runs);
  const scanMs = scan.ms;
  const detect = timeMedian(() => (detectKind(text) === 'transcript' ? 1 : 0), runs);
  return {
    targetMB,
    megabytes,
    turns,
    parsedTurns: parse.value,
    scannedLabels: scan.value,
    detectedAsTranscript: detect.value === 1,
    generateMs,
    parseMs,
    bestParseMs: parse.bestMs,
    parseMBps: megabytes / (parseMs / 1000),
    parseWithoutTopicsMs,
    scanMs,
    bestScanMs: scan.bestMs,
    parsePerScan: parseMs / scanMs,
    bestParsePerScan: parse.bestMs / scan.bestMs,
    msPerMB: parseMs / megabytes,
    detectKindMs: detect.ms,
  };
};

const measureArticle = (name: string, text: string, runs: number): ArticleRow => {
  const { ms: parseMs, value: paragraphs } = timeMedian(
    () => parseArticle(text).paragraphs.length,
    runs,
    20,
  );
  return {
    name,
    kilobytes: Buffer.byteLength(text, 'utf8') / 1024,
    paragraphs,
    parseMs,
    parseMBps: megabytesOf(text) / (parseMs / 1000),
  };
};

const fixed = (value: number, digits: number): string => value.toFixed(digits);

const printTable = (result: ParserBenchResult): void => {
  console.log(
    `Transcript parser (median of ${result.runs} runs at 1 MB, 3 above, after a warm-up; ${result.node})`,
  );
  console.table(
    result.sizes.map((row) => ({
      size: `${fixed(row.megabytes, 2)} MB`,
      turns: row.turns,
      'parsed turns': row.parsedTurns,
      'parse ms': fixed(row.parseMs, 1),
      'best ms': fixed(row.bestParseMs, 1),
      'parse MB/s': fixed(row.parseMBps, 1),
      'no-topics ms': fixed(row.parseWithoutTopicsMs, 1),
      'bare scan ms': fixed(row.scanMs, 1),
      'parse / scan': `${fixed(row.parsePerScan, 1)}×`,
      'best / best': `${fixed(row.bestParsePerScan, 1)}×`,
      'ms per MB': fixed(row.msPerMB, 1),
      'detectKind ms': fixed(row.detectKindMs, 2),
    })),
  );
  console.log(
    `Time per MB at 10 MB vs 1 MB: ${fixed(result.scaling10vs1, 2)}× (best runs: ${fixed(result.bestScaling10vs1, 2)}×; aim ≤ 1.2×); parse / bare scan aim ≤ 3×`,
  );
  console.log('Story parser');
  console.table(
    result.articles.map((row) => ({
      story: row.name,
      size: `${fixed(row.kilobytes, 1)} KB`,
      paragraphs: row.paragraphs,
      'parse ms': fixed(row.parseMs, 3),
      'parse MB/s': fixed(row.parseMBps, 1),
    })),
  );
};

/** Measures the parsers, prints a table and writes bench-results/parser.json. */
export function runParserBench(options: { runs?: number } = {}): ParserBenchResult {
  // Five timed runs a size by default; a 10 MB parse takes seconds, so larger sizes take three.
  const runs = options.runs ?? 5;
  // Warm the parser up on a small briefing so that the first size is not paying for compilation.
  const warm = generateTranscript({ turns: 2000, seed: seed + 1 });
  timeMedian(() => parseTranscript(warm).turns.length, 0, 3);
  const sizes = [1, 5, 10].map((targetMB) =>
    measureSize(targetMB, targetMB > 1 ? Math.min(runs, 3) : runs),
  );
  const first = sizes[0];
  const last = sizes.at(-1);
  const story = readFileSync(storyFile, 'utf8');
  // The story's body repeated makes a long story, to show that its parser is linear too.
  const longStory = `${story}\n\n${story.replace(/^[\s\S]*?\n#[^\n]*\n/, '').repeat(300)}`;
  const result: ParserBenchResult = {
    node: process.version,
    runs,
    sizes,
    scaling10vs1: first === undefined || last === undefined ? NaN : last.msPerMB / first.msPerMB,
    bestScaling10vs1:
      first === undefined || last === undefined
        ? NaN
        : last.bestParseMs / last.megabytes / (first.bestParseMs / first.megabytes),
    articles: [
      measureArticle('shipped story', story, 200),
      measureArticle('story body × 300', longStory, runs),
    ],
    topicFinding: measureTopicFinding(runs),
  };
  printTable(result);
  printTopicTable(result.topicFinding);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${resultsFile}`);
  return result;
}

interface TopicSubject {
  readonly name: string;
  readonly briefing: string;
  readonly story?: string;
}

const measureTopicSubject = (subject: TopicSubject, runs: number): TopicRow => {
  const { briefing, story } = subject;
  const megabytes = megabytesOf(briefing) + (story === undefined ? 0 : megabytesOf(story));
  const parseUntagged = () => ({
    transcript: parseTranscript(briefing, { topics: [] }),
    article: story === undefined ? undefined : parseArticle(story, { topics: [] }),
  });
  const { transcript, article } = parseUntagged();
  const texts = [
    ...transcript.turns.flatMap((turn) =>
      turn.paragraphs.filter((paragraph) => !paragraph.stage).map((paragraph) => paragraph.text),
    ),
    ...(article?.paragraphs.map((paragraph) => paragraph.text) ?? []),
  ];
  const excludedNames = transcript.speakers.map((speaker) => speaker.name);
  const bareScanMs = timeMedian(
    () => bareScan(briefing) + (story === undefined ? 0 : bareScan(story)),
    runs,
  ).ms;
  const parseUntaggedMs = timeMedian(() => parseUntagged().transcript.turns.length, runs).ms;
  const discoverMs = timeMedian(
    () => discoverTopics({ texts, excludedNames, known: defaultTopics }).length,
    runs,
  ).ms;
  const tag = timeMedian(() => tagDocuments(transcript, article).topics.length, runs);
  const wholeMs = parseUntaggedMs + tag.ms;
  return {
    name: subject.name,
    megabytes,
    turns: transcript.turns.length,
    bareScanMs,
    parseUntaggedMs,
    discoverMs,
    tagMs: tag.ms,
    wholeMs,
    wholePerScan: wholeMs / bareScanMs,
    tagPerScan: tag.ms / bareScanMs,
    foundTopics: tag.value - defaultTopics.length,
  };
};

/**
 * Measures topic finding, apart from the parse, on the shipped pair (as the app tags it: briefing
 * and story together) and on generated briefings of 1,000 and 10,000 turns.
 */
export function measureTopicFinding(runs: number): TopicRow[] {
  const subjects: TopicSubject[] = [
    {
      name: 'shipped briefing + story',
      briefing: readFileSync(briefingFile, 'utf8'),
      story: readFileSync(storyFile, 'utf8'),
    },
    { name: '1,000 turns', briefing: generateTranscript({ turns: 1000, seed }) },
    { name: '10,000 turns', briefing: generateTranscript({ turns: 10_000, seed }) },
  ];
  // The seed is small: many runs steady its figures.
  return subjects.map((subject, index) =>
    measureTopicSubject(subject, index === 0 ? runs * 10 : runs),
  );
}

/** Prints the topic-finding table. */
export const printTopicTable = (rows: readonly TopicRow[]): void => {
  console.log(
    'Topic finding (discovery and tagging with curated + found topics), apart from the parse',
  );
  console.table(
    rows.map((row) => ({
      document: row.name,
      size: `${fixed(row.megabytes * 1024, 0)} KB`,
      turns: row.turns,
      'bare scan ms': fixed(row.bareScanMs, 2),
      'parse (no topics) ms': fixed(row.parseUntaggedMs, 2),
      'discover ms': fixed(row.discoverMs, 2),
      'tag ms': fixed(row.tagMs, 2),
      'tag / scan': `${fixed(row.tagPerScan, 1)}×`,
      'whole ms': fixed(row.wholeMs, 2),
      'whole / scan': `${fixed(row.wholePerScan, 1)}×`,
      'found topics': row.foundTopics,
    })),
  );
  console.log(
    'tag = discover + one tagging pass + retagging turns and exchanges; whole = parse (no topics) + tag; aim: whole ≤ 5× the bare scan',
  );
};
