import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedPreloadAttribute } from '../../scripts/prebuilt-seeds';
import { composePolicy, fillTemplate, findStyleAttributes } from '../../scripts/prerender';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { contentSecurityPolicy } from '../../src/domain/site/content-security-policy';
import { prerenderPages } from '../../src/entry-server';
import { escapeHtml, type PrerenderedPage } from '../../src/domain/site/page-meta';

const pageAt = (pages: readonly PrerenderedPage[], file: string): PrerenderedPage => {
  const page = pages.find((candidate) => candidate.file === file);
  if (!page) throw new Error(`no page ${file} among ${pages.map((p) => p.file).join(', ')}`);
  return page;
};

const hrefs = (html: string): string[] =>
  [...html.matchAll(/\shref="([^"]*)"/gu)].map((match) => match[1] ?? '');

describe('prerenderPages at the root', () => {
  let pages: PrerenderedPage[];
  beforeAll(async () => {
    pages = await prerenderPages({ base: '/' });
  });

  it('writes the briefing, every exchange permalink and the 404 page', () => {
    const files = pages.map((page) => page.file);
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
    for (const exchange of seedTranscript.exchanges) {
      expect(files).toContain(`exchange/${exchange.id}/index.html`);
    }
    expect(new Set(files).size).toBe(files.length);
  });

  it('renders each exchange page with its heading, its speech and a mark on the linked exchange', () => {
    for (const exchange of seedTranscript.exchanges) {
      const page = pageAt(pages, `exchange/${exchange.id}/index.html`);
      expect(page.mode).toBe('hydrate');
      expect(page.status).toBe(200);
      expect(page.showsSeeds).toBe(true);
      expect(page.html).toContain(`>${escapeHtml(exchange.title)}</h2>`);
      const firstTurn = seedTranscript.turns.find((turn) => turn.id === exchange.turnIds[0]);
      const words = firstTurn?.paragraphs[0]?.text.split(/\s+/u).slice(0, 3).join(' ') ?? '?';
      expect(page.html).toContain(escapeHtml(words));
      expect(page.html).toMatch(
        new RegExp(`<section id="${exchange.id}"[^>]*aria-current="location"`, 'u'),
      );
      expect(page.head).not.toContain('rel="canonical"');
    }
  });

  it('names the address each page was rendered for', () => {
    expect(pageAt(pages, 'index.html').address).toBe('/');
    expect(pageAt(pages, 'exchange/x4/index.html').address).toBe('/exchange/x4');
    expect(pageAt(pages, 'import/index.html').address).toBe('/import');
  });

  it('keeps titles in the head only, and puts no script in the page', () => {
    for (const page of pages) {
      expect(page.html).not.toContain('<title');
      expect(page.html).not.toContain('<script');
      expect(page.head).toMatch(/^<title>[^<]+<\/title>/u);
    }
  });

  it('renders the not-found route for 404.html, for the browser to render afresh', () => {
    const page = pageAt(pages, '404.html');
    expect(page.mode).toBe('client');
    expect(page.showsSeeds).toBe(false);
    expect(page.html).toContain('<h1>Page not found</h1>');
    expect(page.head).toContain('<meta name="robots" content="noindex" />');
  });

  it('shows document text as text', () => {
    // The seed's third question comes from "Task & Force": escaped, never raw markup.
    const question = seedTranscript.exchanges.find((exchange) => exchange.title.includes('&'));
    if (!question) throw new Error('the seed has an outlet with an ampersand');
    const page = pageAt(pages, `exchange/${question.id}/index.html`);
    expect(page.html).toContain('Task &amp; Force');
    expect(page.html).not.toMatch(/&(?!amp;|quot;|#x27;|#39;|lt;|gt;|nbsp;)/u);
  });
});

describe('prerenderPages under a base path', () => {
  it('prefixes every in-app link, canonical and og:url with the base', async () => {
    const pages = await prerenderPages({ base: 'podium', siteUrl: 'https://podium.example' });
    const page = pageAt(pages, 'exchange/x3/index.html');
    expect(page.address).toBe('/podium/exchange/x3');
    const links = hrefs(page.html).filter((href) => !href.startsWith('#'));
    expect(links.length).toBeGreaterThan(seedTranscript.exchanges.length);
    for (const href of links.filter((link) => link.startsWith('/'))) {
      expect(href.startsWith('/podium/')).toBe(true);
    }
    expect(page.head).toContain(
      '<link rel="canonical" href="https://podium.example/podium/exchange/x3" />',
    );
    expect(page.head).toContain(
      '<meta property="og:url" content="https://podium.example/podium/exchange/x3" />',
    );
    expect(page.head).toContain(
      '<meta property="og:image" content="https://podium.example/podium/previews/x3.png" />',
    );
  });

  it('gives every exchange page a preview card to draw, and the briefing page none', async () => {
    const pages = await prerenderPages({ base: '/' });
    expect(pageAt(pages, 'index.html').preview).toBeUndefined();
    expect(pageAt(pages, 'exchange/x4/index.html').preview).toMatchObject({
      path: '/previews/x4.png',
      card: { speaker: 'Mark T. Esper', topics: ['Landmines', 'Libya', 'Russia', 'United States'] },
    });
    expect(pageAt(pages, 'exchange/x4/index.html').head).toContain(
      '<meta name="twitter:card" content="summary_large_image" />',
    );
  });
});

describe('the Content-Security-Policy of a built page', () => {
  const sha256 = (text: string) =>
    `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('reads style attributes as the browser does, once each', () => {
    expect(
      findStyleAttributes(
        '<li style="flex-grow:3"></li><li style="flex-grow:3"></li><b style="content:&quot;&amp;&quot;">',
      ),
    ).toEqual(['flex-grow:3', 'content:"&"']);
  });

  it('allows exactly the page’s style attributes by hash, and no inline script', () => {
    const policy = composePolicy('<li style="flex-grow:3"></li><span style="top:12.50%"></span>');
    expect(policy).toContain(
      `style-src 'self' 'unsafe-hashes' ${sha256('flex-grow:3')} ${sha256('top:12.50%')}`,
    );
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('leaves out what a meta tag cannot carry and keeps the rest of the policy', () => {
    const policy = composePolicy('<p>No styles here</p>');
    expect(policy).not.toContain('frame-ancestors');
    const kept = contentSecurityPolicy
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'));
    expect(policy).toBe(kept.join('; '));
  });
});

describe('fillTemplate', () => {
  const template = [
    '<!doctype html><html lang="en"><head>',
    '<meta charset="UTF-8" />',
    '<!--podium:head--><title>Podium</title><!--/podium:head-->',
    '<script type="module" crossorigin src="/assets/index.js"></script>',
    `<link rel="preload" as="fetch" href="/assets/seeds.json" crossorigin="anonymous" ${seedPreloadAttribute}>`,
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');
  const page: PrerenderedPage = {
    file: 'exchange/x3/index.html',
    status: 200,
    mode: 'hydrate',
    showsSeeds: true,
    address: '/exchange/x3',
    head: '<title>Question 2 — Podium</title>',
    html: '<main style="top:1%">Text</main>',
  };

  it('puts the policy first, the page’s head tags in place of the defaults, and the HTML in #root', () => {
    const filled = fillTemplate(template, page);
    expect(filled).toContain('<title>Question 2 — Podium</title>');
    expect(filled).not.toContain('<title>Podium</title>');
    expect(filled).toContain(
      '<div id="root" data-prerendered="hydrate" data-prerendered-path="/exchange/x3"><main style="top:1%">Text</main></div>',
    );
    const policyAt = filled.indexOf('http-equiv="Content-Security-Policy"');
    expect(policyAt).toBeGreaterThan(filled.indexOf('<meta charset="UTF-8" />'));
    expect(policyAt).toBeLessThan(filled.indexOf('<script'));
    expect(filled).toContain(sha256Of('top:1%'));
  });

  it('keeps the preload of the built-in documents on the viewer’s pages only', () => {
    expect(fillTemplate(template, page)).toContain('href="/assets/seeds.json"');
    const other = fillTemplate(template, { ...page, file: 'import/index.html', showsSeeds: false });
    expect(other).not.toContain('seeds.json');
    expect(other).toContain('<script type="module" crossorigin src="/assets/index.js"></script>');
  });

  it('refuses a template without its markers rather than writing a broken page', () => {
    expect(() => fillTemplate(template.replace('<!--podium:head-->', ''), page)).toThrow(
      /podium:head/u,
    );
    expect(() => fillTemplate(template.replace('<div id="root"></div>', ''), page)).toThrow(
      /root/u,
    );
  });
});

function sha256Of(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
