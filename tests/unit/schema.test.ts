import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/podium.schema.json';
import { briefingText, storyText } from '../../src/content/seeds';
import { parseArticle } from '../../src/domain/article/parse-article';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { briefingArbitrary } from './round-trip-generator';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

// Through JSON, as the CLI prints it: what a consumer of the export validates.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const expectValid = (value: unknown): void => {
  const valid = validate(asJson(value));
  expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
  expect(valid).toBe(true);
};

describe('podium.schema.json', () => {
  it('accepts the parsed seed briefing and story', () => {
    expectValid(parseTranscript(briefingText));
    expectValid(parseArticle(storyText));
  });

  it('accepts the parsed import fixtures, as transcripts and as stories', () => {
    for (const name of ['import-mixed-labels.txt', 'import-markup.txt']) {
      expectValid(parseTranscript(fixture(name)));
      expectValid(parseArticle(fixture(name)));
    }
  });

  it('accepts parsed generated briefings', () => {
    fc.assert(
      fc.property(briefingArbitrary, (text) => {
        expectValid(parseTranscript(text));
      }),
      { numRuns: 50 },
    );
  });

  it('accepts what the parser makes of empty and hostile text', () => {
    for (const text of ['', '   ', '\u0000\u0001', '<script>alert(1)</script>']) {
      expectValid(parseTranscript(text));
      expectValid(parseArticle(text));
    }
  });

  it('rejects documents that break the contract', () => {
    const transcript = asJson(parseTranscript(briefingText)) as Record<string, unknown>;
    expect(validate({ ...transcript, kind: 'memo' })).toBe(false);
    expect(validate({ ...transcript, turns: [{ id: 't1' }] })).toBe(false);
    const withoutExchanges = { ...transcript };
    delete withoutExchanges.exchanges;
    expect(validate(withoutExchanges)).toBe(false);
    const article = asJson(parseArticle(storyText)) as Record<string, unknown>;
    expect(validate({ ...article, paragraphs: [{ id: 'p1', kind: 'headline' }] })).toBe(false);
  });
});
