// `podium.json` in an archive folder: the site's title and what the text of a file does not say
// (its date, where it was published, the story paired with it). Written by hand, so every problem
// is reported in plain words and only the bad part is ignored: one typo never stops a build.
// schema/podium-manifest.schema.json describes the same shape for editors.
import { isSlug } from './slugs';
import type { ArchiveProblem } from './types';

/** The name of the manifest file in an archive folder. */
export const manifestFileName = 'podium.json';

/** What the manifest says of one file of the folder. */
export interface ManifestEntry {
  /** YYYY-MM-DD. */
  date?: string;
  title?: string;
  publisher?: string;
  /** Where the document was published (http or https). */
  sourceUrl?: string;
  /** The file of the news story shown beside this briefing. */
  pairedStory?: string;
  /** The briefing's address, kept whatever its date or title say. */
  slug?: string;
  /** Read the file as this kind rather than the kind it looks like. */
  kind?: 'transcript' | 'article';
}

/** A read manifest: site-level facts and the entries by file (paths inside the folder, with `/`). */
export interface Manifest {
  title?: string;
  description?: string;
  files: ReadonlyMap<string, ManifestEntry>;
}

/** A manifest and what was wrong with it. */
export interface ManifestReading {
  manifest: Manifest;
  problems: ArchiveProblem[];
}

const maxTextLength = 300;
const topFields = new Set(['$schema', 'title', 'description', 'files']);
const entryFields = new Set([
  'date',
  'title',
  'publisher',
  'sourceUrl',
  'pairedStory',
  'slug',
  'kind',
]);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a YYYY-MM-DD text names a day of the calendar (no 2019-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const isWebAddress = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** A file key as the folder reader writes paths: `/` between folders, no leading `./`. */
export function normalizeManifestPath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^(?:\.\/)+/, '');
}

type FieldCheck = (value: unknown) => string | undefined;

const text: FieldCheck = (value) => {
  if (typeof value !== 'string') return `should be text, not ${describe(value)}`;
  if (value.trim().length === 0) return 'is empty';
  if (value.length > maxTextLength) return `is longer than ${maxTextLength} characters`;
  return undefined;
};

const checks: Record<keyof ManifestEntry, FieldCheck> = {
  date: (value) =>
    typeof value === 'string' && isCalendarDate(value)
      ? undefined
      : `should be a date written YYYY-MM-DD, such as "2019-07-24", not ${JSON.stringify(value)}`,
  title: text,
  publisher: text,
  sourceUrl: (value) =>
    typeof value === 'string' && isWebAddress(value)
      ? undefined
      : `should be a web address starting with https:// or http://, not ${JSON.stringify(value)}`,
  pairedStory: text,
  slug: (value) =>
    typeof value === 'string' && isSlug(value)
      ? undefined
      : `should be lower-case letters, digits and single hyphens, such as "2019-07-24-press-briefing", not ${JSON.stringify(value)}`,
  kind: (value) =>
    value === 'transcript' || value === 'article'
      ? undefined
      : `should be "transcript" or "article", not ${JSON.stringify(value)}`,
};

function readEntry(file: string, value: unknown, problems: ArchiveProblem[]): ManifestEntry {
  const entry: Record<string, string> = {};
  if (!isRecord(value)) {
    problems.push({ file, message: `The entry should be an object, not ${describe(value)}.` });
    return entry;
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    if (!entryFields.has(field)) {
      problems.push({
        file,
        field,
        message: `Unknown field "${field}" was ignored (known: ${[...entryFields].join(', ')}).`,
      });
      continue;
    }
    const problem = checks[field as keyof ManifestEntry](fieldValue);
    if (problem === undefined) entry[field] = (fieldValue as string).trim();
    else problems.push({ file, field, message: `"${field}" ${problem}; it was ignored.` });
  }
  if (entry.pairedStory !== undefined) entry.pairedStory = normalizeManifestPath(entry.pairedStory);
  return entry;
}

/** Reads a manifest already parsed from JSON. Never throws: problems are listed, bad parts ignored. */
export function readManifest(value: unknown): ManifestReading {
  const problems: ArchiveProblem[] = [];
  const files = new Map<string, ManifestEntry>();
  if (!isRecord(value)) {
    problems.push({
      message: `The manifest should be an object, not ${describe(value)}; it was ignored.`,
    });
    return { manifest: { files }, problems };
  }
  const manifest: Manifest = { files };
  for (const [field, fieldValue] of Object.entries(value)) {
    if (!topFields.has(field)) {
      problems.push({
        field,
        message: `Unknown field "${field}" was ignored (known: title, description, files).`,
      });
      continue;
    }
    if (field === '$schema') continue;
    if (field === 'files') continue;
    const problem = text(fieldValue);
    if (problem !== undefined) {
      problems.push({ field, message: `"${field}" ${problem}; it was ignored.` });
    } else if (field === 'title') manifest.title = (fieldValue as string).trim();
    else manifest.description = (fieldValue as string).trim();
  }
  const listed = value.files;
  if (listed !== undefined && !isRecord(listed)) {
    problems.push({
      field: 'files',
      message: `"files" should be an object of file names, not ${describe(listed)}; it was ignored.`,
    });
  } else if (listed !== undefined) {
    for (const [key, entry] of Object.entries(listed)) {
      const file = normalizeManifestPath(key);
      if (files.has(file)) {
        problems.push({ file, message: 'The file is listed twice; the first entry was kept.' });
        continue;
      }
      files.set(file, readEntry(file, entry, problems));
    }
  }
  return { manifest, problems };
}

/** Reads the text of `podium.json`; JSON that does not parse gives an empty manifest and a problem. */
export function readManifestText(text: string): ManifestReading {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      manifest: { files: new Map() },
      problems: [
        {
          file: manifestFileName,
          message: `${manifestFileName} is not valid JSON (${reason}); it was ignored.`,
        },
      ],
    };
  }
  return readManifest(value);
}

/** The manifest's entries that name no file of the folder. */
export function findUnlistedEntries(
  manifest: Manifest,
  files: ReadonlySet<string>,
): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  for (const file of manifest.files.keys()) {
    if (!files.has(file)) {
      problems.push({
        file,
        message: `${manifestFileName} lists "${file}", which is not a readable file of the folder.`,
      });
    }
  }
  return problems;
}
