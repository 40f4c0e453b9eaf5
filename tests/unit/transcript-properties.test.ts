import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../src/content/seeds';
import { parseTranscript } from '../../src/domain/parse-transcript';
import type { Span, Transcript } from '../../src/domain/types';

const numRuns = 200;

// What may stand outside every block: white space and mid-turn translator marks (labels are spans).
const uncoveredAllowed =
  /^(?:\s|\([ \t\u00a0]*(?:through|via|by)[ \t\u00a0]+(?:an?[ \t\u00a0]+)?(?:translator|interpreter|translation|interpretation)[ \t\u00a0]*\)[ \t\u00a0]*:?)*$/i;

function uncoveredText(text: string, transcript: Transcript): string {
  const spans: Span[] = [
    ...transcript.boilerplate,
    ...(transcript.titleSpan === undefined ? [] : [transcript.titleSpan]),
    ...transcript.preamble,
    ...transcript.turns.flatMap((turn) => [turn.labelSpan, ...turn.paragraphs]),
  ].sort((a, b) => a.start - b.start);
  let rest = '';
  let at = 0;
  for (const span of spans) {
    if (span.start > at) rest += text.slice(at, span.start);
    at = Math.max(at, span.end);
  }
  return rest + text.slice(at);
}

function checkInvariants(text: string, transcript: Transcript): void {
  for (const block of [...transcript.boilerplate, ...transcript.preamble]) {
    expect(text.slice(block.start, block.end)).toBe(block.text);
  }
  if (transcript.titleSpan !== undefined) {
    expect(text.slice(transcript.titleSpan.start, transcript.titleSpan.end)).toBe(transcript.title);
  }
  const speakerIds = transcript.speakers.map((speaker) => speaker.id);
  expect(new Set(speakerIds).size).toBe(speakerIds.length);
  transcript.turns.forEach((turn, index) => {
    expect(turn.id).toBe(`t${index + 1}`);
    expect(speakerIds).toContain(turn.speakerId);
    const written = text.slice(turn.labelSpan.start, turn.labelSpan.end);
    expect(written.endsWith(':')).toBe(true);
    expect(
      written
        .slice(0, -1)
        .trim()
        .replace(/[ \t\u00a0]+/g, ' '),
    ).toBe(turn.label);
    for (const paragraph of turn.paragraphs) {
      expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(paragraph.text.length).toBeGreaterThan(0);
      expect(paragraph.text.trim()).toBe(paragraph.text);
      expect(paragraph.start).toBeGreaterThanOrEqual(turn.labelSpan.end);
      for (const mention of paragraph.mentions) {
        expect(mention.start).toBeGreaterThanOrEqual(paragraph.start);
        expect(mention.end).toBeLessThanOrEqual(paragraph.end);
      }
    }
  });
  expect(transcript.exchanges.flatMap((exchange) => exchange.turnIds)).toEqual(
    transcript.turns.map((turn) => turn.id),
  );
  transcript.exchanges.forEach((exchange, index) => {
    expect(exchange.id).toBe(`x${index + 1}`);
  });
  expect(uncoveredText(text, transcript)).toMatch(uncoveredAllowed);
}

// Pieces of the genre, so that random texts hit labels, marks and stage directions often.
const fragment = fc.oneof(
  fc.constantFrom(
    'Q:',
    'STAFF:\u00a0 ',
    'SEC. ESPER:',
    'MR. HOFFMAN :',
    'Rumsfeld:',
    '(UNKNOWN):',
    '(THROUGH TRANSLATOR):',
    '(through interpreter)',
    'Q (THROUGH TRANSLATOR):',
    '(CROSSTALK)',
    '[inaudible]',
    'Luis Martinez, ABC News.',
    'Hi, Luis Martinez with ABC News.',
    'Thank you.',
    'Libya',
    'mine fields',
    'Jan. 27, 2020',
    'Presenter: X',
    'Joint Press Briefing',
    '.gov',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '  ',
    '\t',
    '\u00a0',
    ':',
    '(',
    ')',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
);
const genreText = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

describe('parseTranscript properties', () => {
  it('never throws and keeps every character on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        checkInvariants(text, parseTranscript(text));
      }),
      { numRuns },
    );
  });

  it('never throws and keeps every character on genre-like text with lone surrogates and NUL', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        checkInvariants(text, parseTranscript(text));
      }),
      { numRuns },
    );
  });

  it('gives identical results when parsing the same text twice', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        expect(parseTranscript(text)).toEqual(parseTranscript(text));
      }),
      { numRuns },
    );
  });

  it('holds its invariants on the briefing with lines deleted, inserted or duplicated', () => {
    const lines = briefingText.split('\n');
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'duplicate'),
      at: fc.nat({ max: lines.length }),
      line: genreText,
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const mutated = [...lines];
        for (const { kind, at, line } of edits) {
          const index = Math.min(at, mutated.length);
          if (kind === 'delete') mutated.splice(index, 1);
          if (kind === 'insert') mutated.splice(index, 0, line);
          if (kind === 'duplicate') mutated.splice(index, 0, mutated[index] ?? '');
        }
        const text = mutated.join('\n');
        const transcript = parseTranscript(text);
        checkInvariants(text, transcript);
        expect(parseTranscript(text)).toEqual(transcript);
      }),
      { numRuns },
    );
  });
});

// The reading of a transcript with its offsets left out and its white space normalised.
function readingOf(transcript: Transcript) {
  const normalise = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[ \u00a0]+/g, ' ');
  return {
    title: transcript.title,
    speakers: transcript.speakers,
    exchanges: transcript.exchanges,
    turns: transcript.turns.map((turn) => ({
      id: turn.id,
      speakerId: turn.speakerId,
      label: turn.label,
      interpreted: turn.interpreted,
      topics: turn.topics,
      paragraphs: turn.paragraphs.map((paragraph) => ({
        text: normalise(paragraph.text),
        interpreted: paragraph.interpreted,
        stage: paragraph.stage,
        mentions: paragraph.mentions.map((mention) => mention.topicId),
      })),
    })),
  };
}

describe('parseTranscript on variants of the briefing', () => {
  const reading = readingOf(parseTranscript(briefingText));

  it('reads the same with CRLF line ends', () => {
    const text = briefingText.replace(/\n/g, '\r\n');
    const transcript = parseTranscript(text);
    checkInvariants(text, transcript);
    expect(readingOf(transcript)).toEqual(reading);
  });

  it('reads the same with plain spaces instead of no-break spaces', () => {
    const text = briefingText.replace(/\u00a0/g, ' ');
    const transcript = parseTranscript(text);
    checkInvariants(text, transcript);
    expect(readingOf(transcript)).toEqual(reading);
  });

  it('reads the same with old Mac line ends and indented labels', () => {
    const text = briefingText.replace(/\n/g, '\r').replace(/\r(?=[A-Z]+[ .])/g, '\r  ');
    const transcript = parseTranscript(text);
    checkInvariants(text, transcript);
    expect(readingOf(transcript)).toEqual(reading);
  });
});
