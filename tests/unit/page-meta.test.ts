import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenToWords } from '../../src/domain/cite/quote-passage';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Exchange, Transcript } from '../../src/domain/types';
import { composeDocumentTitle } from '../../src/domain/site/document-title';
import {
  composeHeadTags,
  describeExchangePage,
  describeHomePage,
  describeNotFoundPage,
  escapeHtml,
  normalizeBase,
  resolvePageUrl,
  toOutputFile,
  type PageMeta,
} from '../../src/domain/site/page-meta';

// Pages are described at the address the app gives them.
const describeExchange = (transcript: Transcript, exchange: Exchange): PageMeta =>
  describeExchangePage(transcript, exchange, `/exchange/${exchange.id}`);

const exchangeById = (transcript: Transcript, id: string): Exchange => {
  const exchange = transcript.exchanges.find((candidate) => candidate.id === id);
  if (!exchange) throw new Error(`no exchange ${id}`);
  return exchange;
};

/** The head tags as a reader of HTML sees them: tag names, and attributes with entities decoded. */
function readTags(head: string): { name: string; attributes: Record<string, string> }[] {
  const decode = (text: string) =>
    text
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  return [...head.matchAll(/<([a-z]+)((?:\s+[a-z:-]+="[^"]*")*)\s*\/?>/gu)].map((match) => ({
    name: match[1] ?? '',
    attributes: Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-z:-]+)="([^"]*)"/gu)].map((attribute) => [
        attribute[1] ?? '',
        decode(attribute[2] ?? ''),
      ]),
    ),
  }));
}

const metaContent = (head: string, key: string): string | undefined =>
  readTags(head).find(
    (tag) =>
      tag.name === 'meta' && (tag.attributes.name === key || tag.attributes.property === key),
  )?.attributes.content;

const root = { base: '/' };

describe('describeExchangePage on the seed briefing', () => {
  it.each(seedTranscript.exchanges.map((exchange) => [exchange.id, exchange] as const))(
    '%s is named by its title in the title, description and preview',
    (_id, exchange) => {
      const meta = describeExchange(seedTranscript, exchange);
      expect(meta.path).toBe(`/exchange/${exchange.id}`);
      // The same title the viewer sets once it runs, so hydration changes nothing.
      expect(meta.title).toBe(composeDocumentTitle(seedTranscript, exchange, undefined));
      expect(meta.title.startsWith(exchange.title)).toBe(true);
      expect(meta.description.startsWith(`${exchange.title}.`)).toBe(true);
      expect(meta.socialTitle).toBe(`${exchange.title} — ${seedTranscript.title}`);
      expect(meta.type).toBe('article');
    },
  );

  it('quotes the first words of the question, said by the reporter who asked it', () => {
    const meta = describeExchange(seedTranscript, exchangeById(seedTranscript, 'x2'));
    expect(meta.description).toContain(
      'Luis Martinez: “Hi, Luis Martinez with ABC News. Mr. Secretary, a question for you',
    );
  });

  it('quotes the first statement when the exchange has no questioner', () => {
    const statements = seedTranscript.exchanges.find((exchange) => exchange.kind === 'statements');
    if (!statements) throw new Error('the seed has opening statements');
    const first = seedTranscript.turns.find((turn) => turn.id === statements.turnIds[0]);
    const speaker = seedTranscript.speakers.find((candidate) => candidate.id === first?.speakerId);
    const opening = first?.paragraphs[0]?.text.split(' ').slice(0, 4).join(' ') ?? '';
    expect(opening.length).toBeGreaterThan(0);
    const meta = describeExchange(seedTranscript, statements);
    expect(meta.description).toContain(`Opening statements. ${speaker?.name ?? '?'}: “${opening}`);
  });

  it('keeps descriptions short enough for a preview, cut at a word with an ellipsis', () => {
    for (const exchange of seedTranscript.exchanges) {
      const { description } = describeExchange(seedTranscript, exchange);
      const quote = /“(.*)”$/u.exec(description)?.[1] ?? '';
      expect(quote.length).toBeLessThanOrEqual(141);
      if (quote.endsWith('…')) expect(quote).toMatch(/\p{L}…$|\p{N}…$/u);
    }
  });

  it('never lets the no-break spaces and double spaces of the transcript through', () => {
    for (const exchange of seedTranscript.exchanges) {
      expect(describeExchange(seedTranscript, exchange).description).not.toMatch(/\s{2}|\u00a0/u);
    }
  });
});

describe('describeHomePage and describeNotFoundPage', () => {
  it('names the briefing on the home page', () => {
    const meta = describeHomePage(seedTranscript, '/');
    expect(meta.path).toBe('/');
    expect(meta.title).toBe(`${seedTranscript.title} — Podium`);
    expect(meta.description).toContain(seedTranscript.title);
    expect(meta.type).toBe('website');
  });

  it('keeps the not-found page out of search results, without a canonical address', () => {
    const head = composeHeadTags(describeNotFoundPage(), root);
    expect(metaContent(head, 'robots')).toBe('noindex');
    expect(readTags(head).some((tag) => tag.name === 'link')).toBe(false);
    expect(metaContent(head, 'og:url')).toBeUndefined();
  });
});

describe('composeHeadTags', () => {
  const meta = describeExchange(seedTranscript, exchangeById(seedTranscript, 'x4'));

  it('writes the title, description, canonical, Open Graph and Twitter card of a page', () => {
    const head = composeHeadTags(meta, { base: '/', siteUrl: 'https://podium.example' });
    const tags = readTags(head);
    expect(head).toContain(`<title>${escapeHtml(meta.title)}</title>`);
    expect(metaContent(head, 'description')).toBe(meta.description);
    expect(tags.find((tag) => tag.name === 'link')?.attributes).toEqual({
      rel: 'canonical',
      href: 'https://podium.example/exchange/x4',
    });
    expect(metaContent(head, 'og:title')).toBe(meta.socialTitle);
    expect(metaContent(head, 'og:description')).toBe(meta.description);
    expect(metaContent(head, 'og:type')).toBe('article');
    expect(metaContent(head, 'og:url')).toBe('https://podium.example/exchange/x4');
    expect(metaContent(head, 'og:site_name')).toBe('Podium');
    expect(metaContent(head, 'twitter:card')).toBe('summary');
  });

  it('names no canonical address nor og:url without a site URL, rather than a relative one', () => {
    const head = composeHeadTags(meta, { base: '/podium/' });
    expect(readTags(head).some((tag) => tag.name === 'link')).toBe(false);
    expect(metaContent(head, 'og:url')).toBeUndefined();
    expect(metaContent(head, 'og:title')).toBe(meta.socialTitle);
    expect(metaContent(head, 'twitter:card')).toBe('summary');
  });

  it('names a preview picture, absolute under the site URL, as a large Twitter card', () => {
    const head = composeHeadTags(
      {
        ...meta,
        image: { path: '/previews/x4.png', width: 1200, height: 630, alt: 'Landmines & Libya' },
      },
      { base: '/podium/', siteUrl: 'https://podium.example' },
    );
    expect(metaContent(head, 'og:image')).toBe('https://podium.example/podium/previews/x4.png');
    expect(metaContent(head, 'og:image:width')).toBe('1200');
    expect(metaContent(head, 'og:image:height')).toBe('630');
    expect(metaContent(head, 'og:image:alt')).toBe('Landmines & Libya');
    expect(metaContent(head, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(head, 'twitter:image')).toBe(
      'https://podium.example/podium/previews/x4.png',
    );
  });

  it('names no picture, and a small Twitter card, for a page without one', () => {
    const head = composeHeadTags(meta, root);
    expect(metaContent(head, 'og:image')).toBeUndefined();
    expect(metaContent(head, 'twitter:card')).toBe('summary');
  });

  it('escapes the ampersand of an outlet name', () => {
    // The seed's third question comes from "Task & Force".
    expect(meta.title).toContain('Task & Force');
    const head = composeHeadTags(meta, root);
    expect(head).toContain('Task &amp; Force');
    expect(head).not.toMatch(/&(?!amp;|quot;|#39;|lt;|gt;)/u);
  });

  it('keeps markup and quotes from a document as text', () => {
    const transcript = parseTranscript(
      [
        'Briefing on "Quotes" & <b>Tags</b> at O\'Hare',
        '',
        'MR. SMITH:  Good morning.',
        '',
        'Q:  Is "this" <script>alert(1)</script> & that <img src=x onerror=alert(2)> safe?',
        '',
        'MR. SMITH:  Yes.',
      ].join('\n'),
    );
    const question = transcript.exchanges.find((exchange) => exchange.kind === 'question');
    if (!question) throw new Error('the made-up briefing has a question');
    const head = composeHeadTags(describeExchange(transcript, question), root);
    expect(readTags(head).map((tag) => tag.name)).toEqual([
      'title',
      ...Array<string>(8).fill('meta'),
    ]);
    expect(head).not.toContain('<script');
    expect(head).not.toContain('<b>');
    expect(metaContent(head, 'description')).toContain(
      'Is "this" <script>alert(1)</script> & that <img src=x onerror=alert(2)> safe?',
    );
    expect(metaContent(head, 'og:title')).toContain(
      'Briefing on "Quotes" & <b>Tags</b> at O\'Hare',
    );
  });

  it('never turns any title or description into markup', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, description) => {
        const page: PageMeta = { ...meta, title, description, socialTitle: title };
        const head = composeHeadTags(page, root);
        const tags = readTags(head);
        expect(tags.map((tag) => tag.name)).toEqual(
          readTags(composeHeadTags(meta, root)).map((t) => t.name),
        );
        expect(metaContent(head, 'description')).toBe(description);
        expect(metaContent(head, 'og:title')).toBe(title);
        // Every < in the head opens one of the tags above.
        expect(head.split('<').length - 1).toBe(tags.length + 1);
      }),
    );
  });
});

describe('addresses', () => {
  it('reads a base path in any spelling', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('podium')).toBe('/podium/');
    expect(normalizeBase('/podium')).toBe('/podium/');
    expect(normalizeBase('/podium/')).toBe('/podium/');
    expect(normalizeBase('/sites/podium/')).toBe('/sites/podium/');
  });

  it('gives root-relative URLs without a site URL, absolute ones with it, under the base', () => {
    expect(resolvePageUrl('/exchange/x3', { base: '/' })).toBe('/exchange/x3');
    expect(resolvePageUrl('/', { base: '/' })).toBe('/');
    expect(resolvePageUrl('/exchange/x3', { base: '/podium/' })).toBe('/podium/exchange/x3');
    expect(resolvePageUrl('/', { base: '/podium/' })).toBe('/podium/');
    expect(
      resolvePageUrl('/exchange/x3', { base: '/podium/', siteUrl: 'https://podium.example' }),
    ).toBe('https://podium.example/podium/exchange/x3');
  });

  it('writes each page where a static host looks for it', () => {
    expect(toOutputFile('/')).toBe('index.html');
    expect(toOutputFile('/exchange/x3')).toBe('exchange/x3/index.html');
    expect(toOutputFile('/library')).toBe('library/index.html');
  });
});

describe('shortenToWords', () => {
  it('leaves short text whole and squeezes its spaces', () => {
    expect(shortenToWords('  Thank  you,\u00a0sir. ', 40)).toBe('Thank you, sir.');
  });

  it('cuts long text at a word and drops the punctuation before the ellipsis', () => {
    expect(shortenToWords('Libya, in particular, is a concern for both of us.', 22)).toBe(
      'Libya, in particular…',
    );
  });

  it('never returns more than the limit and an ellipsis', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 200 }), (text, limit) => {
        expect(shortenToWords(text, limit).length).toBeLessThanOrEqual(limit + 1);
      }),
    );
  });
});
