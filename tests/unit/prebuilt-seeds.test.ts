import { describe, expect, it } from 'vitest';
import { seedJson } from '../../scripts/prebuilt-seeds';
import { parseSeedDocuments } from '../../src/domain/document/parse-seeds';
import { seeds } from '../../src/domain/document/seed-documents';
import { loadSeeds } from '../../src/routes/seed-loader';
import { briefingText, storyText } from '../../src/content/seeds';

describe('prebuilt seed documents', () => {
  it('carry exactly what the parser gives, with nothing lost on the way through JSON', async () => {
    // toStrictEqual also tells a property set to undefined from a missing one, which JSON drops.
    expect(JSON.parse(await seedJson(process.cwd(), briefingText, storyText))).toStrictEqual(
      parseSeedDocuments(briefingText, storyText),
    );
  });

  it('are parsed in place outside a production build, the same objects every time', async () => {
    const first = await loadSeeds();
    expect(first).toBe(seeds);
    expect(await loadSeeds()).toBe(first);
    expect(first.transcript.turns).toHaveLength(19);
  });
});
