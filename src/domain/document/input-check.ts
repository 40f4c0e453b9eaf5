// Checks text a reader brings before it reaches the parser. Only a leading byte-order mark is removed:
// every other character stays where it is, so that parsed offsets point into exactly what was read.

/** The largest input Podium accepts: 20 MB, far above any real briefing, well below what hangs a tab. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The limit in the words the messages use. */
export const MAX_INPUT_LABEL = '20 MB';

export type InputProblem = 'empty' | 'binary' | 'too-large';
export type InputNoteCode = 'no-labels' | 'markup';

export interface InputNote {
  code: InputNoteCode;
  message: string;
}

export type InputCheck =
  | { ok: true; text: string; notes: InputNote[] }
  | { ok: false; problem: InputProblem; message: string };

/** Why an input cannot be read. */
export type InputRefusal = Extract<InputCheck, { ok: false }>;

// A line that opens with a short label and a colon, then speech: "GEN. SMITH:  Well", "Q :  Thank you".
const labelLine = /^[ \t]*\(?[\p{L}][\p{L}\p{N} .,'’&()/-]{0,80}?[ \t]?:[ \t\u00a0]+\S/mu;
const markup =
  /<\s*\/?\s*(?:script|iframe|object|embed|style|html|head|body|div|span|p|a|img|svg|form|input|link|meta|br|table)\b[^>]*>|\bjavascript:|\bon[a-z]+\s*=\s*["']/i;
// Control characters other than tab, line feed, form feed and carriage return do not occur in text files.
function countControlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      code === 0x7f
    ) {
      count += 1;
    }
  }
  return count;
}

const tooLarge = (size: number): InputRefusal => ({
  ok: false,
  problem: 'too-large',
  message: `This file is ${formatBytes(size)}, over the ${MAX_INPUT_LABEL} limit. Split it into smaller files.`,
});

const binary: InputCheck = {
  ok: false,
  problem: 'binary',
  message:
    'This is not a text file (it contains binary data or is not valid UTF-8). Save the transcript as plain text (.txt) and try again.',
};

/** Formats a byte count for a reader: "512 bytes", "3.4 KB", "21.0 MB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** The UTF-8 size of a string, without encoding it when its length alone settles the question. */
function measureUtf8(text: string): number {
  let size = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) size += 1;
    else if (code < 0x800) size += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      size += 4;
      index += 1;
    } else size += 3;
  }
  return size;
}

/** Decodes UTF-8 strictly; undefined when the bytes are not valid UTF-8. */
function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    // TextDecoder removes a leading byte-order mark by default.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when the text has a line that looks like a speaker label ("NAME:  speech"). */
export function hasSpeakerLabels(text: string): boolean {
  return labelLine.test(text);
}

/** True when the text carries HTML tags or script, which Podium shows as text and never runs. */
export function hasMarkup(text: string): boolean {
  return markup.test(text);
}

/** The refusal for a file of `size` bytes when it is over the limit, so it need not be read at all. */
export function checkInputSize(size: number): InputRefusal | undefined {
  return size > MAX_INPUT_BYTES ? tooLarge(size) : undefined;
}

/** Checks bytes or text a reader brings: ok with the text (BOM removed) and notes, or why not. */
export function checkInput(input: Uint8Array | string): InputCheck {
  const size = typeof input === 'string' ? measureUtf8(input) : input.byteLength;
  if (size > MAX_INPUT_BYTES) return tooLarge(size);
  const decoded = typeof input === 'string' ? input.replace(/^\ufeff/, '') : decodeStrict(input);
  if (decoded === undefined || decoded.includes('\u0000')) return binary;
  const controls = countControlCharacters(decoded);
  if (controls > 0 && controls * 20 > decoded.length) return binary;
  if (decoded.trim().length === 0) {
    return {
      ok: false,
      problem: 'empty',
      message:
        size === 0
          ? 'There is nothing to read: the text is empty.'
          : 'There is nothing to read: the text holds only spaces and blank lines.',
    };
  }
  const notes: InputNote[] = [];
  if (!hasSpeakerLabels(decoded)) {
    notes.push({
      code: 'no-labels',
      message:
        'No speaker labels (like "Q:" or "MR. SMITH:") were found, so this does not read as a transcript. You can keep it as a news story instead.',
    });
  }
  if (hasMarkup(decoded)) {
    notes.push({
      code: 'markup',
      message:
        'This text contains HTML or script. Podium shows it as plain text and never runs it.',
    });
  }
  return { ok: true, text: decoded, notes };
}
