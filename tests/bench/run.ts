// `npm run bench [-- section…] [-- --no-build]`: runs the benchmark sections (all of them by default)
// and prints their figures; each section also writes its JSON under bench-results/. The browser and
// Lighthouse sections measure dist/, built once first unless `--no-build` keeps the one already built.
import { runArchiveBench } from './archive-bench';
import { runBrowserBench } from './browser-bench';
import { buildApp } from './browser-metrics';
import { runLighthouseBench } from './lighthouse-bench';
import { runParserBench } from './parser-bench';

const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));

const sections: Record<string, () => unknown> = {
  parser: () => runParserBench(),
  browser: () => runBrowserBench(),
  lighthouse: () => runLighthouseBench(),
  archive: () => runArchiveBench(),
};
const measureDist = new Set(['browser', 'lighthouse']);

const main = async (): Promise<void> => {
  const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const unknown = asked.filter((name) => !(name in sections));
  const unknownFlags = [...flags].filter((flag) => flag !== '--no-build');
  if (unknown.length > 0 || unknownFlags.length > 0) {
    process.stderr.write(
      `bench: unknown section or flag ${[...unknown, ...unknownFlags].join(', ')} (sections: ${Object.keys(sections).join(', ')}; flag: --no-build)\n`,
    );
    process.exitCode = 2;
    return;
  }
  const chosen = asked.length > 0 ? asked : Object.keys(sections);
  if (!flags.has('--no-build') && chosen.some((name) => measureDist.has(name))) buildApp();
  for (const name of chosen) {
    console.log(`\n== ${name} ==`);
    await sections[name]?.();
  }
};

await main();
