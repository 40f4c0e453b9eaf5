// Searching compares folded text: lower case, accents stripped, and every character that is not a
// letter or a digit turned into a space. Hyphens, apostrophes, quotes of any style and no-break
// spaces then all look alike, and a map back to the text keeps every match at its exact place.

/**
 * Text folded for searching, with a map back to it: the folded unit at `i` starts at `starts[i]` of
 * the text, and `starts[text.length]` is the text's length. `starts` is left out when every unit
 * stands where it stood (any text whose characters each fold to one character, such as plain
 * English), which saves memory on long transcripts.
 */
export interface FoldedText {
  readonly text: string;
  readonly starts: Int32Array | undefined;
}

const combiningMark = /\p{M}/gu;
const wordCharacter = /^[\p{L}\p{N}]$/u;

function foldCodePoint(codePoint: string): string {
  // Lower-casing can bring marks back ("İ" becomes "i" + a dot), so strip them after it too.
  const folded = codePoint
    .normalize('NFD')
    .replace(combiningMark, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(combiningMark, '');
  let out = '';
  for (const character of folded) out += wordCharacter.test(character) ? character : ' ';
  return out;
}

/** Where folded text is written: units, and where each unit starts in the text it came from. */
export interface FoldBuffer {
  units: Uint16Array;
  /** Written only for texts whose folding moves something (see `foldInto`). */
  starts: Int32Array;
  size: number;
}

/** A buffer with room for about `length` characters of text (it grows when it must). */
export function createFoldBuffer(length: number): FoldBuffer {
  return { units: new Uint16Array(length + 16), starts: new Int32Array(0), size: 0 };
}

function makeRoom(buffer: FoldBuffer, needed: number, withStarts: boolean): void {
  const wanted = buffer.size + needed + 1;
  if (wanted > buffer.units.length) {
    const units = new Uint16Array(Math.max(wanted, Math.ceil(buffer.units.length * 1.5)));
    units.set(buffer.units.subarray(0, buffer.size));
    buffer.units = units;
  }
  if (withStarts && wanted > buffer.starts.length) {
    const starts = new Int32Array(buffer.units.length);
    starts.set(buffer.starts.subarray(0, Math.min(buffer.starts.length, buffer.size + 1)));
    buffer.starts = starts;
  }
}

// Any character outside these folds to something other than itself lower-cased or a space.
const needsUnicode = /[\u0080-\u009f\u00a1-\u1fff\u2070-\uffff]/;

/** Folds text made of ASCII, no-break spaces and typographic punctuation: one unit per character. */
function foldPlain(text: string, buffer: FoldBuffer): void {
  const { units } = buffer;
  let size = buffer.size;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
    const isWord = (lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39);
    units[size] = isWord ? lower : 0x20;
    size += 1;
  }
  buffer.size = size;
}

/**
 * Folds `text` onto the end of `buffer`. Returns false when every unit stands where its character
 * stood (unit `i` of this text came from character `i`); else true, and `buffer.starts` holds, from
 * the text's first unit on, where each unit starts in `text`, plus one more: the text's length.
 */
export function foldInto(text: string, buffer: FoldBuffer): boolean {
  const length = text.length;
  if (!needsUnicode.test(text)) {
    makeRoom(buffer, length, false);
    foldPlain(text, buffer);
    return false;
  }
  makeRoom(buffer, length, true);
  let { units, starts, size } = buffer;
  const from = size;
  // Each distinct character beyond ASCII is folded once per text: accents repeat.
  const pieces = new Map<string, string>();
  let index = 0;
  while (index < length) {
    const start = index;
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      index += 1;
      const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      const isWord = (lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39);
      units[size] = isWord ? lower : 0x20;
      starts[size] = start;
      size += 1;
      continue;
    }
    index += (text.codePointAt(index) ?? code) > 0xffff ? 2 : 1;
    const codePoint = text.slice(start, index);
    let piece = pieces.get(codePoint);
    if (piece === undefined) {
      piece = foldCodePoint(codePoint);
      pieces.set(codePoint, piece);
    }
    // The text left may still need one unit per character, after this piece.
    if (size + piece.length + (length - index) + 1 > units.length) {
      buffer.size = size;
      makeRoom(buffer, piece.length + (length - index), true);
      ({ units, starts } = buffer);
    }
    // A lone combining mark folds to nothing: it joins the character before it.
    for (let unit = 0; unit < piece.length; unit += 1) {
      units[size] = piece.charCodeAt(unit);
      starts[size] = start;
      size += 1;
    }
  }
  starts[size] = length;
  buffer.size = size;
  // Folding may still have kept every unit in place (an "é" folds to one "e").
  for (let unit = from; unit < size; unit += 1) {
    if (starts[unit] !== unit - from) return true;
  }
  return size - from !== length;
}

// Decoding the folded units in one call is far faster than building the string a character at a time.
const utf16 = new TextDecoder('utf-16le');

/** Reads the folded units from `from` to `to` of a buffer as a string. */
export function readFolded(buffer: FoldBuffer, from = 0, to = buffer.size): string {
  return utf16.decode(buffer.units.subarray(from, to));
}

/** Folds text for searching (case, accents, punctuation and spacing), keeping a map to the text. */
export function foldText(text: string): FoldedText {
  const buffer = createFoldBuffer(text.length);
  const moved = foldInto(text, buffer);
  return {
    text: readFolded(buffer),
    starts: moved ? buffer.starts.slice(0, buffer.size + 1) : undefined,
  };
}

/** The letters and digits of a piece of a query, folded and joined: "F-35" gives "f35". */
export function squeezeWord(piece: string): string {
  return foldText(piece).text.replaceAll(' ', '');
}
