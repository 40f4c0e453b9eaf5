// Reads a folder of transcripts and news stories into the archive model (src/domain/archive), and
// writes the model as JSON files for the archive's pages. A file that cannot be read is skipped
// with its reason and the rest is built: only a real error (an unwritable output folder) throws.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { describeReadError } from '../../src/cli/run-parse';
import { defaultTopics } from '../../src/content/topics';
import { buildArchiveModel } from '../../src/domain/archive/build-model';
import {
  findUnlistedEntries,
  manifestFileName,
  readManifestText,
  type ManifestEntry,
  type ManifestReading,
} from '../../src/domain/archive/manifest';
import { listShippedSources } from '../../src/domain/archive/shipped';
import { compareText } from '../../src/domain/archive/slugs';
import type { ArchiveModel, ArchiveProblem, ArchiveSource } from '../../src/domain/archive/types';
import { detectKind } from '../../src/domain/document/detect-kind';
import { checkInput, checkInputSize } from '../../src/domain/document/input-check';
import { parseDocument } from '../../src/domain/document/parse-document';
import { parseSeedDocuments } from '../../src/domain/document/parse-seeds';
import { countWords } from '../../src/domain/transcript/text';
import type { ParsedDocument, Topic } from '../../src/domain/types';

const projectRoot = resolve(import.meta.dirname, '../..');
const shippedTexts = {
  briefing: join(projectRoot, 'src/content/briefing.txt'),
  story: join(projectRoot, 'src/content/story.txt'),
};

/** What the build reads files with; tests give one that fails as a disk can. */
export interface ArchiveIo {
  readFile: (path: string) => Promise<Uint8Array>;
  /** The size of a file in bytes. */
  size: (path: string) => Promise<number>;
}

const nodeIo: ArchiveIo = {
  readFile: (path) => readFile(path),
  size: async (path) => (await stat(path)).size,
};

/** Options of buildArchive. */
export interface BuildArchiveOptions {
  /** The folder of transcripts and stories; without one, the archive holds the shipped pair alone. */
  dir?: string | undefined;
  /** Include the briefing and story Podium ships with (default true). */
  includeSeeds?: boolean;
  /** The topics to tag (default: the shipped list). */
  topics?: readonly Topic[];
  io?: ArchiveIo;
}

/** A file of the folder left out of the archive, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** What a build made: counts for the summary line. */
export interface ArchiveCounts {
  briefings: number;
  stories: number;
  speakers: number;
  topics: number;
  skipped: number;
  problems: number;
}

/** The archive model, the files left out, and what the manifest or the pairing got wrong. */
export interface ArchiveBuild {
  model: ArchiveModel;
  skipped: SkippedFile[];
  problems: ArchiveProblem[];
  counts: ArchiveCounts;
}

const readableExtensions = /\.(?:txt|text|md|markdown)$/i;
// A story shorter than this is more likely a note or a stray file than news.
const minStoryWords = 25;

interface Listing {
  files: string[];
  skipped: SkippedFile[];
  manifest: boolean;
}

// Every file below `dir`, as paths inside it with `/`; hidden files and folders are passed over.
async function listFolder(dir: string): Promise<Listing> {
  const listing: Listing = { files: [], skipped: [], manifest: false };
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (folder === dir) throw error;
      const name = relative(dir, folder).split(sep).join('/');
      listing.skipped.push({
        file: `${name}/`,
        reason: `cannot read the folder: ${describeReadError(error)}`,
      });
      return;
    }
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const file = relative(dir, path).split(sep).join('/');
      if (entry.isDirectory()) await visit(path);
      else if (file === manifestFileName) listing.manifest = true;
      else if (/^readme\./i.test(entry.name)) {
        listing.skipped.push({ file, reason: 'a folder’s README is not read as a document' });
      } else if (!readableExtensions.test(entry.name)) {
        listing.skipped.push({ file, reason: 'not a .txt or .md file' });
      } else listing.files.push(file);
    }
  };
  await visit(dir);
  return listing;
}

async function readManifest(
  dir: string,
  present: boolean,
  io: ArchiveIo,
): Promise<ManifestReading> {
  if (!present) return { manifest: { files: new Map() }, problems: [] };
  try {
    const bytes = await io.readFile(join(dir, manifestFileName));
    return readManifestText(new TextDecoder().decode(bytes));
  } catch (error) {
    return {
      manifest: { files: new Map() },
      problems: [
        {
          file: manifestFileName,
          message: `cannot read ${manifestFileName}: ${describeReadError(error)}; it was ignored.`,
        },
      ],
    };
  }
}

type Reading = { ok: true; document: ParsedDocument } | { ok: false; reason: string };

/** Reads, checks and parses one file; says why not when it cannot. */
async function readDocument(
  path: string,
  entry: ManifestEntry | undefined,
  topics: readonly Topic[],
  io: ArchiveIo,
): Promise<Reading> {
  let bytes: Uint8Array;
  try {
    const refusal = checkInputSize(await io.size(path));
    if (refusal !== undefined) return { ok: false, reason: refusal.message };
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, reason: `cannot read it: ${describeReadError(error)}` };
  }
  const checked = checkInput(bytes);
  if (!checked.ok) return { ok: false, reason: checked.message };
  const kind = entry?.kind ?? detectKind(checked.text);
  const document = parseDocument(checked.text, kind, topics);
  if (document.kind === 'transcript' && document.turns.length === 0) {
    return { ok: false, reason: 'no speaker turns were found in it' };
  }
  if (document.kind === 'article' && entry?.kind === undefined) {
    const words = document.paragraphs.reduce(
      (sum, paragraph) => sum + countWords(paragraph.text, minStoryWords),
      countWords(document.title, minStoryWords),
    );
    if (words < minStoryWords) {
      return {
        ok: false,
        reason: `it has no speaker labels, and at ${words} words it is too short to read as a news story`,
      };
    }
  }
  return { ok: true, document };
}

/** The briefing and story Podium ships with, as archive sources, with the topics found in them. */
export async function readShipped(): Promise<{
  sources: ArchiveSource[];
  topics: readonly Topic[];
}> {
  const [briefing, story] = await Promise.all([
    readFile(shippedTexts.briefing, 'utf8'),
    readFile(shippedTexts.story, 'utf8'),
  ]);
  const seeds = parseSeedDocuments(briefing, story);
  return { sources: listShippedSources(seeds.transcript, seeds.article), topics: seeds.topics };
}

/**
 * Builds the archive of every transcript and story in `dir` (and the shipped pair): checks and
 * parses each file, skipping the unreadable with a reason, and reads `podium.json` when present.
 */
export async function buildArchive(options: BuildArchiveOptions): Promise<ArchiveBuild> {
  const io = options.io ?? nodeIo;
  const topics = options.topics ?? defaultTopics;
  const dir = options.dir === undefined ? undefined : resolve(options.dir);
  const listing: Listing =
    dir === undefined ? { files: [], skipped: [], manifest: false } : await listFolder(dir);
  const { manifest, problems } = await readManifest(dir ?? '', listing.manifest, io);
  const skipped = [...listing.skipped];
  const sources: ArchiveSource[] = [];
  for (const file of listing.files) {
    const entry = manifest.files.get(file);
    const reading = await readDocument(join(dir ?? '', file), entry, topics, io);
    if (!reading.ok) {
      skipped.push({ file, reason: reading.reason });
      continue;
    }
    sources.push(
      entry === undefined
        ? { file, document: reading.document }
        : { file, document: reading.document, entry },
    );
  }
  problems.push(...findUnlistedEntries(manifest, new Set(sources.map((source) => source.file))));
  // The shipped pair is also tagged with topics found in its text: their labels come with it.
  const labelled = [...topics];
  if (options.includeSeeds ?? true) {
    const shipped = await readShipped();
    sources.push(...shipped.sources);
    const known = new Set(topics.map((topic) => topic.id));
    labelled.push(...shipped.topics.filter((topic) => !known.has(topic.id)));
  }
  const model = buildArchiveModel(sources, {
    topics: labelled,
    ...(manifest.title === undefined ? {} : { title: manifest.title }),
  });
  problems.push(...model.problems);
  skipped.sort((a, b) => compareText(a.file, b.file));
  return {
    model,
    skipped,
    problems,
    counts: {
      briefings: model.briefings.length,
      stories: model.stories.length,
      speakers: model.people.length,
      topics: model.topics.length,
      skipped: skipped.length,
      problems: problems.length,
    },
  };
}

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** The build's summary line: "archive: 6 briefings, 2 stories, 9 speakers, 12 topics, 1 file skipped". */
export function describeArchiveBuild(build: ArchiveBuild): string {
  const { counts } = build;
  const parts = [
    plural(counts.briefings, 'briefing'),
    plural(counts.stories, 'story', 'stories'),
    plural(counts.speakers, 'speaker'),
    plural(counts.topics, 'topic'),
    `${plural(counts.skipped, 'file')} skipped`,
  ];
  if (counts.problems > 0) parts.push(plural(counts.problems, 'note'));
  return `archive: ${parts.join(', ')}`;
}

/** One line for each skipped file and each problem, for the build log. */
export function describeArchiveNotes(build: ArchiveBuild): string[] {
  return [
    ...build.skipped.map((skip) => `archive: skipped ${skip.file}: ${skip.reason}`),
    ...build.problems.map(
      (problem) =>
        `archive: note${problem.file === undefined ? '' : ` on ${problem.file}`}: ${problem.message}`,
    ),
  ];
}
