import { describe, expect, it } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import {
  checkInput,
  formatBytes,
  hasSpeakerLabels,
  MAX_INPUT_BYTES,
} from '../../src/domain/document/input-check';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('checkInput', () => {
  it('accepts the seed briefing as bytes and as text, unchanged and without notes', () => {
    for (const input of [encode(briefingText), briefingText]) {
      const result = checkInput(input);
      expect(result).toEqual({ ok: true, text: briefingText, notes: [] });
    }
  });

  it('rejects empty and whitespace-only input', () => {
    expect(checkInput(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    const blank = checkInput(' \n\u00a0\t\n');
    expect(blank).toMatchObject({ ok: false, problem: 'empty' });
    expect(blank.ok ? '' : blank.message).toMatch(/only spaces and blank lines/);
  });

  it('rejects NUL bytes and invalid UTF-8 as binary', () => {
    expect(checkInput(encode('Q:\u00a0 a\u0000b'))).toMatchObject({ ok: false, problem: 'binary' });
    expect(checkInput(new Uint8Array([0x51, 0x3a, 0x20, 0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      problem: 'binary',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = checkInput(png);
    expect(result.ok ? '' : result.message).toMatch(/not a text file/);
  });

  it('rejects text that is mostly control characters', () => {
    expect(checkInput('\u0001\u0002\u0003abc\u0004\u0005')).toMatchObject({ problem: 'binary' });
  });

  it('rejects input over the limit and names the limit', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    const result = checkInput(big);
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
    expect(result.ok ? '' : result.message).toMatch(/over the 20 MB limit/);
    // A string counts in UTF-8 bytes: 7 million three-byte characters are 21 MB.
    expect(checkInput('€'.repeat(7_000_000))).toMatchObject({ problem: 'too-large' });
    expect(checkInput('a'.repeat(1000))).toMatchObject({ ok: true });
  });

  it('removes a byte-order mark and nothing else', () => {
    const text = 'Title\r\n\r\nQ:\u00a0 Why?\u200b\r\n';
    expect(checkInput(encode(`\ufeff${text}`))).toMatchObject({ ok: true, text });
    expect(checkInput(`\ufeff${text}`)).toMatchObject({ ok: true, text });
  });

  it('notes that a text without speaker labels reads as a news story', () => {
    const result = checkInput(storyText);
    expect(result.ok && result.notes.map((note) => note.code)).toEqual(['no-labels']);
    expect(result.ok ? result.notes[0]?.message : '').toMatch(/keep it as a news story/);
  });

  it('notes markup and script, which will be shown as text', () => {
    for (const text of [
      'Title\n\nQ:\u00a0 <script>alert(1)</script>',
      'Q:\u00a0 <img src=x onerror="alert(1)">',
      'Q:\u00a0 <a href="javascript:alert(1)">x</a>',
    ]) {
      const result = checkInput(text);
      expect(result.ok && result.notes.map((note) => note.code)).toEqual(['markup']);
    }
    expect(checkInput('Q:\u00a0 2 < 3 and 5 > 4')).toMatchObject({ notes: [] });
  });
});

describe('hasSpeakerLabels', () => {
  it('finds the label forms transcripts use', () => {
    for (const line of [
      'Q:\u00a0 Thank you.',
      'GEN. MILLEY: Well.',
      '  MR. HOFFMAN : Yes.',
      'Rumsfeld: Fine.',
      '(UNKNOWN):  Hello.',
      'ITALIAN MINISTER OF DEFENSE (THROUGH TRANSLATOR):\u00a0 Thanks.',
    ]) {
      expect(hasSpeakerLabels(`Title\n\n${line}`), line).toBe(true);
    }
  });

  it('does not take a colon at the end of a story line for a label', () => {
    expect(hasSpeakerLabels('Title\n\nThe minister said:\n\nWe are here.')).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses the unit a reader expects', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3 * 1024 + 512)).toBe('3.5 KB');
    expect(formatBytes(21 * 1024 * 1024)).toBe('21.0 MB');
  });
});
