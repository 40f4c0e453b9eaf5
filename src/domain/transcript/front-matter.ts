import {
  isFurniture,
  isHeadingLike,
  isPlaceLine,
  isSiteName,
  isTitleLike,
  readSource,
} from './boilerplate';
import { isFrontMetadata, isMetadataKey, readDateLine } from './dates';
import type { LineIndex } from './text';
import { trimSpan } from './text';
import type { Block, BlockKind, Diagnostic, Source, Span } from '../types';
import { pluralize as plural } from '../words/pluralize';

/** Everything before the first turn: page furniture, the title, metadata and stray text. */
export interface FrontMatter {
  /** The line that names the event; empty when none does (see `dateText` to make one). */
  title: string;
  titleSpan?: Span;
  boilerplate: Block[];
  preamble: Block[];
  source?: Source;
  /** The publisher's country, when the page shows it (".gov" gives "United States"). */
  country?: string;
  /** The first date line as written ("March 3, 2024"), for a title made from what is known. */
  dateText?: string;
  diagnostics: Diagnostic[];
}

interface Line extends Span {
  index: number;
  text: string;
  /** Says when, where or how: a date, a place, a key and value. */
  meta: boolean;
  /** Can never be the title: furniture, metadata, a place or a site's name. */
  excluded: boolean;
}

const maxDateSearch = 12;

// "Press conference" / "by the Secretary General following the meeting": a title that goes on.
const continuation =
  /^(?:by|with|on|at|of|following|after|for|in|and|during|to|from|between|ahead|before|via)\b/;

// Marks each line: metadata (a key alone makes the next line its value), and lines that cannot be
// a title.
function classifyLines(lines: Line[]): void {
  let valueNext = false;
  for (const line of lines) {
    const keyAlone = isMetadataKey(line.text);
    line.meta = valueNext || isFrontMetadata(line.text) || isPlaceLine(line.text);
    valueNext = keyAlone;
    // A title opens with a capital: "by the Secretary General..." goes on from the line above.
    line.excluded =
      line.meta || isFurniture(line.text) || isSiteName(line.text) || continuation.test(line.text);
  }
}

// The title is the last heading with a telling word ("Briefing", "Remarks"...) before the first
// speaker; failing that the heading right above the metadata block; failing that the first
// heading. Lines of furniture, metadata, places and site names are never the title.
function findTitleLine(lines: readonly Line[], hasTurns: boolean): Line | undefined {
  if (!hasTurns) return lines.find((line) => !line.excluded);
  const candidates = lines.filter((line) => !line.excluded);
  const titled = candidates.filter((line) => isTitleLike(line.text)).at(-1);
  if (titled !== undefined) return titled;
  const beforeMetadata = [...lines].reverse().find((line) => !line.meta);
  if (
    beforeMetadata !== undefined &&
    !beforeMetadata.excluded &&
    isHeadingLike(beforeMetadata.text)
  ) {
    return beforeMetadata;
  }
  return candidates.find((line) => isHeadingLike(line.text));
}

function spanOf(blocks: readonly Block[]): Span {
  return { start: blocks[0]?.start ?? 0, end: blocks.at(-1)?.end ?? 0 };
}

/**
 * Reads the lines before `firstTurnLine` (all lines when there are no turns): boilerplate before
 * the title, the title, then metadata and text blocks in the preamble. Never drops a character.
 */
export function readFrontMatter(
  input: string,
  index: LineIndex,
  firstTurnLine: number,
): FrontMatter {
  const hasTurns = firstTurnLine < index.starts.length;
  const lines: Line[] = [];
  for (let line = 0; line < firstTurnLine; line++) {
    const span = trimSpan(input, index.starts[line] ?? 0, index.ends[line] ?? 0);
    if (span.end > span.start) {
      // Plain fields, not a spread: this runs once a line and spreads are slow in V8.
      lines.push({
        start: span.start,
        end: span.end,
        index: line,
        text: input.slice(span.start, span.end),
        meta: false,
        excluded: false,
      });
    }
  }
  classifyLines(lines);
  const titleLine = findTitleLine(lines, hasTurns);
  // A title broken over two lines: the second opens with "by", "following" and the like.
  const titlePosition = titleLine === undefined ? -1 : lines.indexOf(titleLine);
  const next = lines[titlePosition + 1];
  const titleEnd =
    titleLine !== undefined &&
    next?.index === titleLine.index + 1 &&
    !next.meta &&
    continuation.test(next.text)
      ? next
      : titleLine;
  const diagnostics: Diagnostic[] = [];
  const boilerplate: Block[] = [];
  const preamble: Block[] = [];
  for (const line of lines) {
    if (line === titleLine || line === titleEnd) continue;
    const block = (kind: BlockKind): Block => ({
      kind,
      text: line.text,
      start: line.start,
      end: line.end,
    });
    // Before the title, page furniture is set aside but a date or a place is the document's own.
    const before = titleLine === undefined ? hasTurns : line.index < titleLine.index;
    if (before && !(hasTurns && line.meta) && (titleLine !== undefined || isFurniture(line.text))) {
      boilerplate.push(block('boilerplate'));
    } else {
      preamble.push(block(hasTurns && line.meta ? 'metadata' : 'text'));
    }
  }
  if (boilerplate.length > 0) {
    diagnostics.push({
      code: 'boilerplate-dropped',
      ...spanOf(boilerplate),
      message: `${plural(boilerplate.length, 'line', 'lines')} of page text before the ${titleLine === undefined ? 'first speaker' : 'title'} ${boilerplate.length === 1 ? 'was' : 'were'} set aside.`,
    });
  }
  const stray = preamble.filter((block) => block.kind === 'text');
  if (hasTurns && stray.length > 0) {
    diagnostics.push({
      code: 'text-before-first-turn',
      ...spanOf(stray),
      message: `${plural(stray.length, 'line', 'lines')} before the first speaker ${stray.length === 1 ? 'was' : 'were'} kept as preamble.`,
    });
  }
  const sourceEnd = hasTurns ? (index.starts[firstTurnLine] ?? input.length) : (titleEnd?.end ?? 0);
  const { source, country } = readSource(input.slice(0, sourceEnd));
  // Without turns every line is "before the first turn": look for the date near the title only.
  const near = (titleLine?.index ?? 0) + maxDateSearch;
  const dateLines = hasTurns ? lines : lines.filter((line) => line.index < near);
  const dated = dateLines
    .map((line) => ({ line, date: readDateLine(line.text) }))
    .find((entry) => entry.date !== undefined);
  const frontMatter: FrontMatter = {
    title:
      titleLine === undefined
        ? ''
        : titleEnd === titleLine
          ? titleLine.text
          : `${titleLine.text} ${titleEnd?.text ?? ''}`,
    boilerplate,
    preamble,
    diagnostics,
  };
  if (titleLine !== undefined) {
    frontMatter.titleSpan = { start: titleLine.start, end: (titleEnd ?? titleLine).end };
  }
  const date = dated?.date;
  if (dated !== undefined) frontMatter.dateText = dated.line.text;
  if (source !== undefined) frontMatter.source = date === undefined ? source : { ...source, date };
  if (country !== undefined) frontMatter.country = country;
  return frontMatter;
}
