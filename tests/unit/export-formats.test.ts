import { describe, expect, it } from 'vitest';
import { exportArticleCsv, exportTranscriptCsv, writeCsvField } from '../../src/domain/export/csv';
import { exportDocument } from '../../src/domain/export/document';
import { nameExportFile } from '../../src/domain/export/formats';
import {
  escapeMarkdown,
  exportArticleMarkdown,
  exportTranscriptMarkdown,
} from '../../src/domain/export/markdown';
import { exportArticleText, exportTranscriptText } from '../../src/domain/export/text';
import { sampleArticle, sampleTranscript } from './export-sample';

// Reads CSV back by RFC 4180's rules, so the tests check what a spreadsheet would see.
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv.charAt(index);
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

describe('CSV export', () => {
  it('writes one row per turn with the agreed columns', () => {
    const rows = readCsv(exportTranscriptCsv(sampleTranscript));
    expect(rows[0]).toEqual([
      'exchange_id',
      'exchange_kind',
      'turn_id',
      'speaker_id',
      'speaker_name',
      'role',
      'affiliation',
      'label',
      'interpreted',
      'topics',
      'text',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'x1',
      'statements',
      't1',
      's1',
      'Anna Rossi',
      'Minister of Defense',
      'Italy',
      'MINISTER ANNA ROSSI (THROUGH TRANSLATOR)',
      'true',
      'libya',
      'Good morning.\n\nOn Libya, <b>we</b> agree.',
    ]);
    expect(rows[2]?.slice(0, 3)).toEqual(['x2', 'question', 't2']);
    expect(rows[2]?.[9]).toBe('nato;iraq');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = exportTranscriptCsv(sampleTranscript);
    expect(csv).toContain('"Daily ""News"", Inc."');
    expect(csv).toContain(
      '"Hi, Jo Smith, with ""Daily News"", here.\n\nMinister, about NATO and Iraq?"',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)[2]?.[6]).toBe('Daily "News", Inc.');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(writeCsvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(writeCsvField('+1')).toBe("'+1");
    expect(writeCsvField('-2')).toBe("'-2");
    expect(writeCsvField('@home')).toBe("'@home");
    expect(writeCsvField('\tx')).toBe("'\tx");
    expect(writeCsvField('a=b')).toBe('a=b');
    expect(writeCsvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    const rows = readCsv(exportTranscriptCsv(sampleTranscript));
    expect(rows[3]?.[10]).toBe("'=SUM(A1:A2) -- and +1, @home\n\n(CROSSTALK)");
  });

  it('writes a news story as one row per paragraph', () => {
    const rows = readCsv(exportArticleCsv(sampleArticle));
    expect(rows[0]).toEqual([
      'paragraph_id',
      'kind',
      'speaker_id',
      'speaker_name',
      'topics',
      'text',
    ]);
    expect(rows[2]).toEqual(['p2', 'quote', 'p1', 'Sir John Doe', '', 'We stand together.']);
    expect(rows[3]?.[5]).toBe("'- Ships sailed.");
  });
});

describe('Markdown export', () => {
  const markdown = exportTranscriptMarkdown(sampleTranscript);

  it('puts the title first and each exchange under a second-level heading', () => {
    expect(markdown.startsWith('# Minister \\*Rossi\\* Press Briefing\n')).toBe(true);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Speakers',
      '## Opening statements',
      '## Question 1 · Daily News',
    ]);
  });

  it('lists speakers with role, affiliation and labels', () => {
    expect(markdown).toContain(
      '- **Anna Rossi** (Minister of Defense, Italy, official) — labels: `MINISTER ANNA ROSSI (THROUGH TRANSLATOR)`, `MIN. ROSSI`',
    );
  });

  it('names speakers in bold, marks interpreted speech and sets stage directions in italics', () => {
    expect(markdown).toContain(
      '**Anna Rossi** (Minister of Defense) _(through translator)_: Good morning.',
    );
    expect(markdown).toContain('_(through translator)_ Minister, about NATO and Iraq?');
    expect(markdown).toContain('\n_(CROSSTALK)_\n');
    expect(markdown).toContain('Source: Ministry, 2020-01-28');
  });

  it('escapes the document so that its markup is shown, not interpreted', () => {
    expect(markdown).toContain('On Libya, \\<b\\>we\\</b\\> agree.');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list [link](x)')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not a list \\[link\\](x)',
    );
  });

  it('writes a news story with quotes and who said them', () => {
    const story = exportArticleMarkdown(sampleArticle);
    expect(story).toBe(
      '# Allies meet\n\nThey met.\n\n> We stand together.\n>\n> — Sir John Doe\n\n- \\- Ships sailed.\n\n_Picture: a ship._\n',
    );
  });
});

describe('plain-text export', () => {
  it('writes the title, preamble and turns in the label format', () => {
    expect(exportTranscriptText(sampleTranscript)).toBe(
      [
        'Minister *Rossi* Press Briefing',
        'Jan. 28, 2020',
        'MINISTER ANNA ROSSI (THROUGH TRANSLATOR):\u00a0 Good morning.',
        'On Libya, <b>we</b> agree.',
        'Q:\u00a0 Hi, Jo Smith, with "Daily News", here.',
        '(THROUGH TRANSLATOR):\u00a0 Minister, about NATO and Iraq?',
        'MIN. ROSSI:\u00a0 =SUM(A1:A2) -- and +1, @home',
        '(CROSSTALK)',
      ].join('\n\n') + '\n',
    );
  });

  it('does not repeat a translator mark the paragraph already carries', () => {
    const [, question] = sampleTranscript.turns;
    if (question === undefined) throw new Error('sample has a question');
    const marked = {
      ...sampleTranscript,
      turns: [
        {
          ...question,
          paragraphs: question.paragraphs.map((paragraph) =>
            paragraph.interpreted
              ? { ...paragraph, text: `(through interpreter): ${paragraph.text}` }
              : paragraph,
          ),
        },
      ],
    };
    expect(exportTranscriptText(marked)).toContain('\n\n(through interpreter): Minister');
    expect(exportTranscriptText(marked)).not.toContain('(THROUGH TRANSLATOR)');
  });

  it('writes a news story as title and paragraphs', () => {
    expect(exportArticleText(sampleArticle)).toBe(
      'Allies meet\n\nThey met.\n\nWe stand together.\n\n- Ships sailed.\n\nPicture: a ship.\n',
    );
  });
});

describe('exportDocument', () => {
  it('writes JSON that reads back as the same object', () => {
    expect(JSON.parse(exportDocument(sampleTranscript, 'json'))).toEqual(sampleTranscript);
    expect(JSON.parse(exportDocument(sampleArticle, 'json'))).toEqual(sampleArticle);
  });

  it('chooses the writer by kind and format', () => {
    expect(exportDocument(sampleArticle, 'md')).toBe(exportArticleMarkdown(sampleArticle));
    expect(exportDocument(sampleTranscript, 'csv')).toBe(exportTranscriptCsv(sampleTranscript));
    expect(exportDocument(sampleTranscript, 'txt')).toBe(exportTranscriptText(sampleTranscript));
  });

  it('names files after the title', () => {
    expect(nameExportFile('Minister *Rossi* Press Briefing', 'md')).toBe(
      'minister-rossi-press-briefing.md',
    );
    expect(nameExportFile('Città: «già»', 'csv')).toBe('citta-gia.csv');
    expect(nameExportFile('***', 'json')).toBe('document.json');
  });
});
