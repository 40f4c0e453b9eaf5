import { isFurniture, isHeadingLike, isTitleLike, readSource } from './boilerplate';
import { isMetadataLine, readDateLine } from './dates';
import type { LineIndex } from './text';
import { trimSpan } from './text';
import type { Block, BlockKind, Diagnostic, Source, Span } from '../types';
import { pluralize as plural } from '../words/pluralize';

/** Everything before the first turn: page furniture, the title, metadata and stray text. */
export interface FrontMatter {
  title: string;
  titleSpan?: Span;
  boilerplate: Block[];
  preamble: Block[];
  source?: Source;
  /** The publisher's country, when the page shows it (".gov" gives "United States"). */
  country?: string;
  diagnostics: Diagnostic[];
}

interface Line extends Span {
  index: number;
  text: string;
}

const maxDateSearch = 12;

const isMeta = (text: string): boolean => isMetadataLine(text) || readDateLine(text) !== undefined;

// The title is the last heading with a telling word ("Briefing", "Remarks"...) before the first
// speaker; failing that the heading right above the metadata block; failing that the first line
// that is not page furniture.
function findTitleLine(lines: readonly Line[], hasTurns: boolean): Line | undefined {
  if (!hasTurns) return lines.find((line) => !isFurniture(line.text) && !isMeta(line.text));
  const candidates = lines.filter((line) => !isFurniture(line.text) && !isMeta(line.text));
  const titled = candidates.filter((line) => isTitleLike(line.text)).at(-1);
  if (titled !== undefined) return titled;
  const beforeMetadata = [...lines].reverse().find((line) => !isMeta(line.text));
  if (
    beforeMetadata !== undefined &&
    !isFurniture(beforeMetadata.text) &&
    isHeadingLike(beforeMetadata.text)
  ) {
    return beforeMetadata;
  }
  return candidates[0];
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
      });
    }
  }
  const titleLine = findTitleLine(lines, hasTurns);
  const diagnostics: Diagnostic[] = [];
  const boilerplate: Block[] = [];
  const preamble: Block[] = [];
  for (const line of lines) {
    if (line === titleLine) continue;
    const block = (kind: BlockKind): Block => ({
      kind,
      text: line.text,
      start: line.start,
      end: line.end,
    });
    if (titleLine !== undefined && line.index < titleLine.index) {
      boilerplate.push(block('boilerplate'));
    } else {
      preamble.push(block(hasTurns && isMeta(line.text) ? 'metadata' : 'text'));
    }
  }
  if (titleLine === undefined && hasTurns) {
    const at = index.starts[firstTurnLine] ?? 0;
    diagnostics.push({
      code: 'no-title',
      ...(preamble.length > 0 ? spanOf(preamble) : { start: at, end: at }),
      message: 'No title was found before the first speaker, so the transcript has no title.',
    });
  }
  if (boilerplate.length > 0) {
    diagnostics.push({
      code: 'boilerplate-dropped',
      ...spanOf(boilerplate),
      message: `${plural(boilerplate.length, 'line', 'lines')} of page text before the title ${boilerplate.length === 1 ? 'was' : 'were'} set aside.`,
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
  const sourceEnd = hasTurns
    ? (index.starts[firstTurnLine] ?? input.length)
    : (titleLine?.end ?? 0);
  const { source, country } = readSource(input.slice(0, sourceEnd));
  // Without turns every line is "before the first turn": look for the date near the title only.
  const near = (titleLine?.index ?? 0) + maxDateSearch;
  const dateLines = hasTurns ? lines : lines.filter((line) => line.index < near);
  const date = dateLines
    .map((line) => readDateLine(line.text))
    .find((value) => value !== undefined);
  const frontMatter: FrontMatter = {
    title: titleLine?.text ?? '',
    boilerplate,
    preamble,
    diagnostics,
  };
  if (titleLine !== undefined)
    frontMatter.titleSpan = { start: titleLine.start, end: titleLine.end };
  if (source !== undefined) frontMatter.source = date === undefined ? source : { ...source, date };
  if (country !== undefined) frontMatter.country = country;
  return frontMatter;
}
