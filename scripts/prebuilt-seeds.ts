import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { parseSeedDocuments } from '../src/domain/document/parse-seeds';

/** The module that tells the app where the built seed documents are (see seed-loader.ts). */
const seedJsonModule = 'virtual:podium/seed-json-url';
const seedJsonName = 'seed-documents.json';
const resolvedId = `\0${seedJsonModule}`;
/** Marks the preload link, so the prerenderer can drop it from pages that show other things. */
export const seedPreloadAttribute = 'data-seed-documents';
const seedTexts = ['src/content/briefing.txt', 'src/content/story.txt'] as const;

interface ParseSeedsModule {
  readonly parseSeedDocuments: typeof parseSeedDocuments;
}

/**
 * The shipped documents as the app's production build serves them: parsed, as JSON. The parser is
 * loaded when a build asks, not imported by the Vite config, which loads without it.
 */
export async function seedJson(root: string, briefing: string, story: string): Promise<string> {
  const parser = pathToFileURL(path.resolve(root, 'src/domain/document/parse-seeds.ts')).href;
  const { parseSeedDocuments: parse } = (await tsImport(
    parser,
    import.meta.url,
  )) as ParseSeedsModule;
  return JSON.stringify(parse(briefing, story));
}

/**
 * Parses the shipped briefing and story at build time and writes them next to the scripts as one
 * hashed JSON file, preloaded by the page. The browser then downloads neither the parser nor the raw
 * texts to show them, the data is cached apart from the code, and JSON parses faster than the same
 * objects written as script. The dev server, the tests and the prerenderer parse the texts in place.
 */
export function prebuiltSeeds(): Plugin {
  let root = process.cwd();
  let base = '/';
  let clientBuild = false;
  return {
    name: 'podium:prebuilt-seeds',
    configResolved(config) {
      root = config.root;
      base = config.base;
      clientBuild = config.command === 'build' && !config.build.ssr;
    },
    resolveId(id) {
      return id === seedJsonModule ? resolvedId : null;
    },
    async load(id) {
      if (id !== resolvedId) return null;
      if (!clientBuild) return 'export const seedJsonUrl = undefined;';
      const [briefing = '', story = ''] = await Promise.all(
        seedTexts.map((file) => {
          const absolute = path.resolve(root, file);
          this.addWatchFile(absolute);
          return readFile(absolute, 'utf8');
        }),
      );
      const reference = this.emitFile({
        type: 'asset',
        name: seedJsonName,
        source: await seedJson(root, briefing, story),
      });
      return `export const seedJsonUrl = import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const asset = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes(seedJsonName),
        );
        if (asset === undefined) return [];
        // Fetched with the page's scripts rather than after them; `crossorigin` matches fetch()'s mode.
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              href: `${base}${asset.fileName}`,
              crossorigin: 'anonymous',
              [seedPreloadAttribute]: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
