import { describe, expect, it } from 'vitest';
import { citeExchange, citeStoryParagraph, citeTurn } from '../../src/domain/cite/citation';
import { formatLongDate } from '../../src/domain/cite/dates';
import { escapeBibtex } from '../../src/domain/cite/format-bibtex';
import { formatCitation } from '../../src/domain/cite/formats';
import { composeTextDirective, linkToQuotedText } from '../../src/domain/cite/text-fragment';
import { briefingText } from '../../src/content/seeds';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { parseArticle } from '../../src/domain/article/parse-article';
import type { Article, ArticleParagraph, Exchange, Transcript, Turn } from '../../src/domain/types';

const invented = [
  'Joint Press Conference of Minister Ana M. Ruiz and Secretary Tom Hale',
  '',
  'MINISTER OF DEFENSE ANA M. RUIZ:\u00a0 Good afternoon.\u00a0 We agreed on No. 2 of the plan.',
  '',
  'STAFF:\u00a0 Dana Reyes, Harbor & Bay Daily.',
  '',
  'Q:\u00a0 Hi, Dana Reyes with Harbor & Bay Daily.\u00a0 Is the {50%} rule fixed?\u00a0 And the #1 road?',
  '',
  'MIN. RUIZ (THROUGH TRANSLATOR):\u00a0 No.\u00a0 There is no easy answer alone.',
  '',
  '(CROSSTALK)',
  '',
  'And that is final.',
  '',
].join('\n');

const transcript: Transcript = {
  ...parseTranscript(invented),
  source: {
    publisher: 'Ministry of Harbors',
    date: '2021-03-04',
    url: 'https://harbors.example/briefings/42',
  },
};

const turnOf = (document: Transcript, id: string): Turn => {
  const turn = document.turns.find((candidate) => candidate.id === id);
  if (!turn) throw new Error(`no turn ${id}`);
  return turn;
};
const exchangeOf = (document: Transcript, id: string): Exchange => {
  const exchange = document.exchanges.find((candidate) => candidate.id === id);
  if (!exchange) throw new Error(`no exchange ${id}`);
  return exchange;
};

const answer = citeTurn(transcript, turnOf(transcript, 't4'), {
  url: 'https://podium.example/exchange/x2#t4',
});
const question = citeExchange(transcript, exchangeOf(transcript, 'x2'), {
  url: 'https://podium.example/d/abc/exchange/x2',
  local: true,
});

describe('citations of the shipped briefing', () => {
  it('quote "There is no military solution alone." with the minister, the date and both links', () => {
    const start = briefingText.indexOf('military solution alone');
    const citation = citeTurn(seedTranscript, turnOf(seedTranscript, 't9'), {
      url: 'https://podium.example/exchange/x3#t9',
      selection: { start, end: start + 5 },
    });
    expect(formatCitation(citation, 'text')).toBe(
      '“There is no military solution alone.” — Lorenzo Guerini, Minister of Defense, Italy (through an interpreter), in “Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing”, U.S. Department of Defense, 31 January 2020. https://podium.example/exchange/x3#t9\n' +
        'Source: https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/#:~:text=There%20is%20no%20military%20solution%20alone.',
    );
  });

  it('quote the minister’s answer in whole sentences, "There is no military solution alone." among them', () => {
    const citation = citeTurn(seedTranscript, turnOf(seedTranscript, 't9'), {
      url: 'https://podium.example/exchange/x3#t9',
    });
    expect(formatCitation(citation, 'text')).toBe(
      '“We have discussed Libya at length during our meeting. We have shared our concerns about the situation in Libya, and also with respect to the recent developments. We are particularly concerned for the presence of external actors, which have increased the level of conflict in Libya and make it difficult to implement the results of the Berlin conference.\n\n' +
        'However, those results are very important for us, as they represent the search for a political solution in Libya. There is no military solution alone. We want to bring forth a political solution to tackle the peace process together. …” — Lorenzo Guerini, Minister of Defense, Italy (through an interpreter), in “Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing”, U.S. Department of Defense, 31 January 2020. https://podium.example/exchange/x3#t9\n' +
        'Source: https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/#:~:text=We%20have%20discussed%20Libya,the%20peace%20process%20together.',
    );
  });

  it('write the selected sentence in BibTeX with the source page’s address, escaped for LaTeX', () => {
    const start = briefingText.indexOf('no military');
    const citation = citeTurn(seedTranscript, turnOf(seedTranscript, 't9'), {
      url: 'https://podium.example/exchange/x3#t9:q=472-508~g7iv',
      selection: { start, end: start + 'no military'.length },
    });
    expect(formatCitation(citation, 'bibtex')).toBe(
      [
        '@misc{guerini2020-t9,',
        '  author = {Guerini, Lorenzo},',
        '  title = {{Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing}},',
        '  howpublished = {Press briefing transcript},',
        '  publisher = {U.S. Department of Defense},',
        '  year = {2020},',
        '  month = jan,',
        '  date = {2020-01-31},',
        '  url = {https://podium.example/exchange/x3#t9:q=472-508~g7iv},',
        '  note = {Question 2 · RAI Television reporter · Libya, NATO, Cooperation. Lorenzo Guerini, Minister of Defense, Italy (through an interpreter): “There is no military solution alone.” Source: https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/\\#:\\textasciitilde{}:text=There\\%20is\\%20no\\%20military\\%20solution\\%20alone.}',
        '}',
      ].join('\n'),
    );
  });

  it('cite an exchange by its question and first answer, not by its heading alone', () => {
    const citation = citeExchange(seedTranscript, exchangeOf(seedTranscript, 'x5'), {
      url: 'https://podium.example/exchange/x5',
      maxChars: 100,
    });
    expect(formatCitation(citation, 'text').split('\n\n')).toEqual([
      '“Minister Guerini, have you talked about Iraq and the -- the troops deployed there? …” — Unnamed reporter (through an interpreter)',
      '“As far as Iraq is concerned, we had an exchange of view, a very positive one. …” — Lorenzo Guerini, Minister of Defense, Italy (through an interpreter)',
      'Question 4 · Unnamed reporter · Iraq, 5G, NATO, in “Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing”, U.S. Department of Defense, 31 January 2020. https://podium.example/exchange/x5\n' +
        'Source: https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/#:~:text=Minister%20Guerini%2C%20have%20you,a%20very%20positive%20one.',
    ]);
  });
});

describe('citation formats', () => {
  it('plain text keeps the paragraph break and leaves out the stage direction', () => {
    expect(formatCitation(answer, 'text')).toBe(
      '“No. There is no easy answer alone.\n\nAnd that is final.” — Ana M. Ruiz, Minister of Defense (through an interpreter), in “Joint Press Conference of Minister Ana M. Ruiz and Secretary Tom Hale”, Ministry of Harbors, 4 March 2021. https://podium.example/exchange/x2#t4\n' +
        'Source: https://harbors.example/briefings/42#:~:text=No.%20There%20is%20no,And%20that%20is%20final.',
    );
  });

  it('Markdown quotes each paragraph in a blockquote and escapes the text', () => {
    expect(formatCitation(question, 'markdown')).toBe(
      [
        '> Hi, Dana Reyes with Harbor & Bay Daily. Is the \\{50%\\} rule fixed? And the \\#1 road?',
        '— Dana Reyes, Harbor & Bay Daily',
        '> No. There is no easy answer alone.\n>\n> And that is final.',
        '— Ana M. Ruiz, Minister of Defense (through an interpreter)',
        'Question 1 · Dana Reyes, Harbor & Bay Daily, in “Joint Press Conference of Minister Ana M. Ruiz and Secretary Tom Hale”, Ministry of Harbors, 4 March 2021. <https://podium.example/d/abc/exchange/x2>',
        'Source: <https://harbors.example/briefings/42#:~:text=Hi%2C%20Dana%20Reyes%20with,And%20that%20is%20final.>',
        'This link opens only in this browser, where the document is saved.',
      ].join('\n\n'),
    );
  });

  it('BibTeX is one @misc entry with a stable key and escaped special characters', () => {
    expect(formatCitation(question, 'bibtex')).toBe(
      [
        '@misc{reyes2021-x2,',
        '  author = {Reyes, Dana and Ruiz, Ana M.},',
        '  title = {{Joint Press Conference of Minister Ana M. Ruiz and Secretary Tom Hale}},',
        '  howpublished = {Press briefing transcript},',
        '  publisher = {Ministry of Harbors},',
        '  year = {2021},',
        '  month = mar,',
        '  date = {2021-03-04},',
        '  url = {https://podium.example/d/abc/exchange/x2},',
        '  note = {Question 1 · Dana Reyes, Harbor \\& Bay Daily. Dana Reyes, Harbor \\& Bay Daily: “Hi, Dana Reyes with Harbor \\& Bay Daily. Is the \\{50\\%\\} rule fixed? And the \\#1 road?” Ana M. Ruiz, Minister of Defense (through an interpreter): “No. There is no easy answer alone. And that is final.” Source: https://harbors.example/briefings/42\\#:\\textasciitilde{}:text=Hi\\%2C\\%20Dana\\%20Reyes\\%20with,And\\%20that\\%20is\\%20final. This link opens only in this browser, where the document is saved.}',
        '}',
      ].join('\n'),
    );
  });

  it('BibTeX names a reporter known only by outlet as written, in braces', () => {
    const citation = citeTurn(seedTranscript, turnOf(seedTranscript, 't7'), {
      url: 'https://podium.example/exchange/x3#t7',
      maxChars: 10,
    });
    expect(formatCitation(citation, 'bibtex').split('\n').slice(0, 2)).toEqual([
      '@misc{raitelevisionreporter2020-t7,',
      '  author = {{RAI Television reporter}},',
    ]);
  });

  it('CSL-JSON is an interview item with author, container, publisher, date parts and the quote', () => {
    expect(JSON.parse(formatCitation(answer, 'csl-json'))).toEqual([
      {
        id: 'ruiz2021-t4',
        type: 'interview',
        title: 'Question 1 · Dana Reyes, Harbor & Bay Daily',
        'container-title': 'Joint Press Conference of Minister Ana M. Ruiz and Secretary Tom Hale',
        genre: 'Press briefing transcript',
        author: [{ family: 'Ruiz', given: 'Ana M.' }],
        publisher: 'Ministry of Harbors',
        issued: { 'date-parts': [[2021, 3, 4]] },
        URL: 'https://podium.example/exchange/x2#t4',
        abstract: 'No. There is no easy answer alone.\n\nAnd that is final.',
        note:
          'Ana M. Ruiz, Minister of Defense (through an interpreter)\n' +
          'Source: https://harbors.example/briefings/42#:~:text=No.%20There%20is%20no,And%20that%20is%20final.',
      },
    ]);
  });

  it('CSL-JSON calls opening remarks a speech', () => {
    const remarks = citeTurn(transcript, turnOf(transcript, 't1'), {
      url: 'https://podium.example/exchange/x1#t1',
    });
    const [item] = JSON.parse(formatCitation(remarks, 'csl-json')) as { type: string }[];
    expect(item?.type).toBe('speech');
  });

  it('plain text without a known source names no source and keeps a date line as written', () => {
    const bare: Transcript = { ...parseTranscript(invented), source: { publisher: 'Ministry' } };
    expect(
      formatCitation(
        citeTurn(bare, turnOf(bare, 't1'), { url: 'https://podium.example/exchange/x1#t1' }),
        'text',
      ),
    ).toBe(
      '“Good afternoon. We agreed on No. 2 of the plan.” — Ana M. Ruiz, Minister of Defense, in “Joint Press Conference of Minister Ana M. Ruiz and Secretary Tom Hale”, Ministry. https://podium.example/exchange/x1#t1',
    );
  });
});

describe('text fragments', () => {
  it('encode the characters the directive syntax reserves', () => {
    expect(composeTextDirective(['Burden-sharing, 2% & more'])).toBe(
      'text=Burden%2Dsharing%2C%202%25%20%26%20more',
    );
  });

  it('match a long quote by its first and last words, and squeeze no-break spaces', () => {
    expect(
      composeTextDirective([
        'We have discussed Libya at length during our meeting.\u00a0 We have shared our concerns about the situation in Libya.',
      ]),
    ).toBe('text=We%20have%20discussed%20Libya,the%20situation%20in%20Libya.');
  });

  it('keep a page fragment and leave an address without words alone', () => {
    expect(linkToQuotedText('https://a.example/page#top', ['Yes.'])).toBe(
      'https://a.example/page#top:~:text=Yes.',
    );
    expect(linkToQuotedText('https://a.example/page', [])).toBe('https://a.example/page');
  });
});

describe('escapes and dates', () => {
  it('escapes LaTeX specials for BibTeX', () => {
    expect(escapeBibtex('50% of {A} & B_c #1 ~x^2 \\n $5')).toBe(
      '50\\% of \\{A\\} \\& B\\_c \\#1 \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}n \\$5',
    );
  });

  it('spells ISO dates out and leaves other text as it is', () => {
    expect(formatLongDate('2020-01-31')).toBe('31 January 2020');
    expect(formatLongDate('2017-02-09')).toBe('9 February 2017');
    expect(formatLongDate('2021-02-30')).toBe('2021-02-30');
    expect(formatLongDate('Jan. 27, 2020')).toBe('Jan. 27, 2020');
  });
});

describe('citations of a news story paragraph', () => {
  const storyText = [
    'News story: Harbors reopen after the storm',
    '',
    'The port of Westhaven opened on Monday.\u00a0 Ships came back at noon.',
    '',
    'Harbor Minister Ana M. Ruiz said:',
    '',
    'We rebuilt the piers in four weeks.\u00a0 The work goes on.',
    '',
  ].join('\n');
  const story: Article = {
    ...parseArticle(storyText),
    source: { publisher: 'Ministry of Harbors', date: '2021-03-04' },
  };
  const paragraphOf = (id: string): ArticleParagraph => {
    const paragraph = story.paragraphs.find((candidate) => candidate.id === id);
    if (!paragraph) throw new Error(`no paragraph ${id}`);
    return paragraph;
  };

  it('quotes the story’s own words under its title, publisher and date alone', () => {
    const start = storyText.indexOf('came back');
    const citation = citeStoryParagraph(story, paragraphOf('p1'), {
      url: 'https://podium.example/#p1',
      selection: { start, end: start + 4 },
    });
    expect(formatCitation(citation, 'text')).toBe(
      '“Ships came back at noon.”, in “Harbors reopen after the storm”, Ministry of Harbors, 4 March 2021. https://podium.example/#p1',
    );
    expect(formatCitation(citation, 'bibtex').split('\n').slice(0, 2)).toEqual([
      '@misc{ministryofharbors2021-p1,',
      '  author = {{Ministry of Harbors}},',
    ]);
  });

  it('attributes a quote paragraph to the person the story quotes', () => {
    const citation = citeStoryParagraph(story, paragraphOf('p3'), {
      url: 'https://podium.example/#p3',
    });
    expect(formatCitation(citation, 'text')).toBe(
      '“We rebuilt the piers in four weeks. The work goes on.” — Ana M. Ruiz, Harbor Minister, in “Harbors reopen after the storm”, Ministry of Harbors, 4 March 2021. https://podium.example/#p3',
    );
    const [item] = JSON.parse(formatCitation(citation, 'csl-json')) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'article',
      title: 'Harbors reopen after the storm',
      author: [{ family: 'Ruiz', given: 'Ana M.' }],
      genre: 'News story',
    });
    expect(item).not.toHaveProperty('container-title');
  });
});
