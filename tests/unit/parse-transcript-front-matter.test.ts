import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';

const codes = (text: string) => parseTranscript(text).diagnostics.map((d) => d.code);

describe('parseTranscript front matter', () => {
  it('reports empty and white-space-only input without throwing', () => {
    for (const text of ['', '   \n\t\r\n']) {
      const transcript = parseTranscript(text);
      expect(transcript).toMatchObject({ kind: 'transcript', title: '', turns: [], exchanges: [] });
      expect(transcript.diagnostics).toEqual([
        { code: 'empty', start: 0, end: text.length, message: 'The text is empty.' },
      ]);
    }
  });

  it('reports binary-looking input and still reads it as text', () => {
    expect(codes('Briefing\n\nQ:  Hi\u0000there')).toContain('binary');
    expect(codes('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f')).toContain(
      'binary',
    );
    expect(codes('Briefing\n\nQ:  A tab\tand a form feed\f are text.')).not.toContain('binary');
  });

  it('keeps page furniture before the title as boilerplate and finds a title by its words', () => {
    const text = [
      'An official website of the United States Government',
      "Here's how you know",
      'You have accessed part of a historical collection on defense.gov.',
      'Secretary Smith Holds a Press Conference',
      'Jan. 27, 2020',
      '',
      'SEC. SMITH:  Good morning.',
    ].join('\n');
    const transcript = parseTranscript(text);
    expect(transcript.title).toBe('Secretary Smith Holds a Press Conference');
    expect(transcript.boilerplate.map((block) => block.text.slice(0, 12))).toEqual([
      'An official ',
      "Here's how y",
      'You have acc',
    ]);
    expect(transcript.source).toEqual({
      publisher: 'U.S. Department of Defense',
      date: '2020-01-27',
    });
    expect(transcript.speakers[0]?.affiliation).toBe('United States');
    expect(transcript.diagnostics.map((d) => d.message)).toEqual([
      '3 lines of page text before the title were set aside.',
    ]);
  });

  it('takes the heading right above the first speaker when no line has a title word', () => {
    const text = 'Official websites use .gov\nA Morning With the Secretary\nSEC. SMITH:  Hello.';
    expect(parseTranscript(text).title).toBe('A Morning With the Secretary');
  });

  it('keeps other lines between title and first speaker as preamble text, and says so', () => {
    const text = [
      'Press Briefing',
      'The secretary spoke to reporters.',
      'Location: Room 2E',
      'SEC. SMITH:  Hello.',
    ].join('\n');
    const transcript = parseTranscript(text);
    expect(transcript.preamble.map((block) => block.kind)).toEqual(['text', 'metadata']);
    expect(transcript.diagnostics).toEqual([
      expect.objectContaining({
        code: 'text-before-first-turn',
        message: '1 line before the first speaker was kept as preamble.',
      }),
    ]);
  });

  it('reads a URL and an ISO date line into the source', () => {
    const text = 'https://www.defense.gov/News/Transcripts/1/\nPress Briefing\n2020-01-27\nQ:  Hi?';
    expect(parseTranscript(text).source).toEqual({
      publisher: 'U.S. Department of Defense',
      url: 'https://www.defense.gov/News/Transcripts/1/',
      date: '2020-01-27',
    });
  });

  it('reports a label with no speech and a label-like opening read as speech', () => {
    const text =
      'Press Briefing\n\nSEC. SMITH:\n\nQ:  Why?\n\nSEC. SMITH:  Because.\n\nBottom Line: no.';
    const transcript = parseTranscript(text);
    expect(transcript.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['empty-turn', '"SEC. SMITH" has a speaker label but no speech after it.'],
      [
        'unknown-label',
        '"Bottom Line:" looks like a speaker label but is not used as one elsewhere, so it was read as speech.',
      ],
    ]);
    expect(transcript.turns.at(-1)?.paragraphs.map((p) => p.text)).toEqual([
      'Because.',
      'Bottom Line: no.',
    ]);
  });

  it('reports text with no title before the first speaker and names it as it can', () => {
    const transcript = parseTranscript('Q:  Is this on?\n\nSTAFF:  Yes.');
    expect(transcript.title).toBe('Untitled briefing');
    expect(transcript.titleSpan).toBeUndefined();
    expect(transcript.turns).toHaveLength(2);
    expect(transcript.diagnostics).toEqual([
      {
        code: 'no-title',
        start: 0,
        end: 0,
        message:
          'No line names the event, so the title "Untitled briefing" was made from what the text says.',
      },
    ]);
  });
});
