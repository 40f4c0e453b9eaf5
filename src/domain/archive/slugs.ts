import { slugify } from '../transcript/text';

/** The longest slug Podium makes (a pinned one from the manifest may be longer). */
export const maxSlugLength = 100;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a text can serve as a slug as it stands: lower-case ASCII words joined by hyphens. */
export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}

/** Lower-case ASCII words joined by hyphens: "Media Availability — Señor Núñez" → "media-availability-senor-nunez". */
export function toAsciiSlug(text: string): string {
  return slugify(text)
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

// A cut title should not end on a word that leads into the words cut off ("...-minister-of").
const danglingWords = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * Cuts a slug to at most `max` characters at a hyphen (mid-word only when its first word is
 * longer), dropping small words left dangling at the end of the cut.
 */
export function capSlug(slug: string, max: number = maxSlugLength): string {
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf('-', max);
  if (cut <= 0) return slug.slice(0, max);
  const words = slug.slice(0, cut).split('-');
  while (words.length > 1 && danglingWords.has(words.at(-1) ?? '')) words.pop();
  return words.join('-');
}

/**
 * FNV-1a, 32 bits, of the UTF-16 code units of a text: small, fast and the same everywhere, so a
 * suffix made from it never changes between builds or machines. Not for secrets.
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Five base-36 characters of `hashText`, for telling apart things whose slugs collide. */
export function shortHash(text: string): string {
  return hashText(text).toString(36).padStart(7, '0').slice(-5);
}

/** The slug a dated or undated document is known by: "2019-07-24-media-availability-with-the-secretary". */
export function composeDocumentSlug(
  date: string | undefined,
  title: string,
  fallback: string,
): string {
  const words = toAsciiSlug(title) || toAsciiSlug(fallback) || 'untitled';
  return capSlug(date === undefined ? words : `${date}-${words}`);
}

/** Something to give a slug: a stable key, the slug it would like, and a slug it must have. */
export interface SlugRequest {
  /** Unique and stable: a file name, a person's key. */
  key: string;
  base: string;
  pinned?: string;
}

/**
 * Gives each request a distinct slug. A pinned slug is kept; otherwise the base, and when several
 * want one base the one whose key sorts first keeps it while the others add a short hash of their
 * own key. A suffix thus depends only on the thing itself, never on how many others there are.
 */
export function assignSlugs(requests: readonly SlugRequest[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const request of requests) {
    if (request.pinned === undefined || taken.has(request.pinned)) continue;
    slugs.set(request.key, request.pinned);
    taken.add(request.pinned);
  }
  const byBase = new Map<string, SlugRequest[]>();
  for (const request of requests) {
    if (slugs.has(request.key)) continue;
    const group = byBase.get(request.base) ?? [];
    group.push(request);
    byBase.set(request.base, group);
  }
  const bases = [...byBase.keys()].sort();
  // Bare bases first, so that a suffixed slug can never take a base another thing wants whole.
  const rest: SlugRequest[] = [];
  for (const base of bases) {
    const group = (byBase.get(base) ?? []).sort((a, b) => compareText(a.key, b.key));
    const [first, ...others] = group;
    if (first !== undefined && !taken.has(base)) {
      slugs.set(first.key, base);
      taken.add(base);
    } else if (first !== undefined) rest.push(first);
    rest.push(...others);
  }
  for (const request of rest) {
    let slug = `${request.base}-${shortHash(request.key)}`;
    for (let round = 2; taken.has(slug); round++) {
      slug = `${request.base}-${shortHash(`${request.key}#${round}`)}`;
    }
    slugs.set(request.key, slug);
    taken.add(slug);
  }
  return slugs;
}

/** Orders texts by their UTF-16 code units, the same in every locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
