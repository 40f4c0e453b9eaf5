import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../src/content/seeds';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Span, Transcript } from '../../src/domain/types';

const numRuns = 200;

// What may stand outside every block: white space and mid-turn translator marks (labels are spans).
const uncoveredAllowed =
  /^(?:\s|[([][ \t\u00a0]*(?:(?:speaking|speaks)[ \t\u00a0]+)?(?:(?:through|via|by|in)[ \t\u00a0]+(?:an?[ \t\u00a0]+|the[ \t\u00a0]+)?(?:translators?|interpreters?|translation|interpretation)|as[ \t\u00a0]+(?:interpreted|translated)|interpreted|translated)[ \t\u00a0]*[.]?[)\]](?:[ \t\u00a0]*:)?)*$/i;

function uncoveredText(text: string, transcript: Transcript): string {
  const spans: Span[] = [
    ...transcript.boilerplate,
    ...(transcript.titleSpan === undefined ? [] : [transcript.titleSpan]),
    ...transcript.preamble,
    ...transcript.turns.flatMap((turn) => [
      turn.labelSpan,
      ...(turn.timestamp === undefined ? [] : [turn.timestamp]),
      ...turn.paragraphs,
    ]),
  ].sort((a, b) => a.start - b.start);
  let rest = '';
  let at = 0;
  for (const span of spans) {
    if (span.start > at) rest += text.slice(at, span.start);
    at = Math.max(at, span.end);
  }
  return rest + text.slice(at);
}

// Lists every broken invariant (one expect per text keeps hundreds of runs quick).
function findProblems(text: string, transcript: Transcript): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  for (const block of [...transcript.boilerplate, ...transcript.preamble]) {
    check(text.slice(block.start, block.end) === block.text, `block ${block.start} text`);
  }
  if (transcript.titleSpan !== undefined) {
    // A title broken over two lines is read with the line break as a space.
    const { start, end } = transcript.titleSpan;
    const written = text.slice(start, end);
    const joined = written.replace(/\s*(?:\r\n|\r|\n)\s*/, ' ');
    check(written === transcript.title || joined === transcript.title, 'title text');
  }
  const speakerIds = new Set<string>(transcript.speakers.map((speaker) => speaker.id));
  check(speakerIds.size === transcript.speakers.length, 'speaker ids unique');
  transcript.turns.forEach((turn, index) => {
    check(turn.id === `t${index + 1}`, `turn id ${turn.id}`);
    check(speakerIds.has(turn.speakerId), `${turn.id} speaker`);
    const written = text.slice(turn.labelSpan.start, turn.labelSpan.end);
    const stamp = turn.timestamp;
    check(
      stamp === undefined || text.slice(stamp.start, stamp.end) === stamp.text,
      `${turn.id} time`,
    );
    // The label as written, without its colon and without a timestamp inside it.
    const inside =
      stamp !== undefined && stamp.start >= turn.labelSpan.start && stamp.end <= turn.labelSpan.end;
    const unstamped = inside
      ? text.slice(turn.labelSpan.start, stamp.start) + text.slice(stamp.end, turn.labelSpan.end)
      : written;
    const label = unstamped
      .replace(/:$/, '')
      .trim()
      .replace(/[ \t\u00a0]+/g, ' ');
    check(label === turn.label, `${turn.id} label "${turn.label}" is "${label}"`);
    for (const paragraph of turn.paragraphs) {
      const { start, end } = paragraph;
      check(text.slice(start, end) === paragraph.text, `${turn.id} paragraph ${start} text`);
      check(paragraph.text.length > 0, `${turn.id} paragraph ${start} empty`);
      check(paragraph.text.trim() === paragraph.text, `${turn.id} paragraph ${start} trimmed`);
      check(start >= turn.labelSpan.end, `${turn.id} paragraph ${start} after label`);
      for (const mention of paragraph.mentions) {
        check(mention.start >= start && mention.end <= end, `mention ${mention.start} inside`);
      }
    }
  });
  const grouped = transcript.exchanges.flatMap((exchange) => exchange.turnIds).join(' ');
  check(grouped === transcript.turns.map((turn) => turn.id).join(' '), 'exchanges hold turns');
  transcript.exchanges.forEach((exchange, index) => {
    check(exchange.id === `x${index + 1}`, `exchange id ${exchange.id}`);
  });
  const rest = uncoveredText(text, transcript);
  check(uncoveredAllowed.test(rest), `uncovered text ${JSON.stringify(rest.slice(0, 80))}`);
  return problems;
}

function checkInvariants(text: string, transcript: Transcript): void {
  expect(findProblems(text, transcript)).toEqual([]);
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
    // Forms of other publishers: letters without a colon, names alone on their lines,
    // timestamps, notes, calls, role labels, metadata and navigation.
    'Q    ',
    'Q. ',
    'A    ',
    '\nQ    Thank you, Dana.\n',
    'Jane Roe: (00:12)\n',
    '[00:01:02] ',
    'Marta Ilves  0:03\n',
    'Jane Roe (01:02):',
    'PRIME MINISTER:\n\n',
    'MR PRICE:',
    'TOMAS HALLORAN, DEPARTMENT SPOKESPERSON:',
    'NORTHWIRE:',
    'Follow-up:',
    'Speaker 2:',
    'NATO Secretary General:',
    'Oana Roe [NATO Spokesperson]:',
    'Hanna Vos (Nordic Radio):',
    'Minister for Foreign Affairs and Trade – Senator Jane Roe:',
    '(via interpretation) ',
    '(in French) ',
    '. (Speaks in Arabic) ',
    '(As prepared)',
    '(NATO)',
    'Courtney?',
    'Nancy, go ahead.',
    'On the phone, Jane Roe, Northern Wire.',
    'Thanks, John.',
    'Go ahead.',
    'Yes, in the back.',
    'Release Date:\n',
    'Last updated 3 March 2034',
    '10:30 a.m.',
    'END 2:47 P.M. EDT',
    'Home > Briefings > ',
    'Press conference\nby the Secretary General',
    'Washington, D.C.',
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
    checkEdits(briefingText.split('\n'));
  }, 60_000);

  it('holds its invariants on transcripts of other publishers with lines edited', () => {
    for (const name of publisherFixtures) {
      checkEdits(
        readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').split('\n'),
        15,
      );
    }
  }, 60_000);
});

// The made-up transcripts in the forms of other publishers.
const publisherFixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((name) =>
  name.startsWith('transcript-'),
);

// Edits lines of a text at random and checks the invariants and stable ids on each result.
function checkEdits(lines: readonly string[], runs = numRuns): void {
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
      // Compared as JSON: a deep equality over hundreds of runs would dominate the test's time.
      expect(JSON.stringify(parseTranscript(text))).toBe(JSON.stringify(transcript));
    }),
    { numRuns: runs },
  );
}

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
