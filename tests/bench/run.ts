// `npm run bench [-- section…] [-- --no-build]`: runs the benchmark sections (all of them by default)
// and prints their figures; each section also writes its JSON under bench-results/. `--no-build` lets
// the browser section measure the dist/ already built.
import { runArchiveBench } from './archive-bench';
import { runBrowserBench } from './browser-bench';
import { runParserBench } from './parser-bench';

const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));

const sections: Record<string, () => unknown> = {
  parser: () => runParserBench(),
  browser: () => runBrowserBench({ build: !flags.has('--no-build') }),
  archive: () => runArchiveBench(),
};

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
  for (const name of chosen) {
    console.log(`\n== ${name} ==`);
    await sections[name]?.();
  }
};

await main();
