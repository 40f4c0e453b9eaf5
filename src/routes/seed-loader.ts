import { seedJsonUrl } from 'virtual:podium/seed-json-url';
import type { SeedDocuments } from '../domain/document/parse-seeds';

let pending: Promise<SeedDocuments> | undefined;

async function fetchSeeds(url: string): Promise<SeedDocuments> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`The built-in briefing could not be loaded (HTTP ${response.status}).`);
  }
  // The build wrote this file from the same parser, so it has the shape it names.
  return (await response.json()) as SeedDocuments;
}

/**
 * The documents Podium ships with. A production build fetches them parsed (see
 * scripts/prebuilt-seeds.ts); the dev server, the tests and the prerenderer load the parser and
 * parse the texts, so a parser change shows at once. Asked once: every page shares the same objects.
 */
export function loadSeeds(): Promise<SeedDocuments> {
  // The build's plugin names a file only in a client build; everywhere else the texts are parsed.
  pending ??=
    seedJsonUrl === undefined
      ? import('../domain/document/seed-documents').then((module) => module.seeds)
      : fetchSeeds(seedJsonUrl);
  // A failed fetch (offline, say) may be retried by the next navigation.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
