// `npm run bench [-- section…]`: runs the benchmark sections (all of them by default) and prints
// their figures; each section also writes its JSON under bench-results/.
import { runParserBench } from './parser-bench';

const sections: Record<string, () => unknown> = {
  parser: () => runParserBench(),
};

const main = async (): Promise<void> => {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown section ${unknown.join(', ')} (sections: ${Object.keys(sections).join(', ')})\n`,
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
