import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, extractLinks } from '../../scripts/check-links';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'podium-links-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function site(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [file, html] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), html);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

describe('extractLinks', () => {
  it('reads href, src, srcset and og:url, decoding character references', () => {
    const html = `<a href="/a?x=1&amp;y=2">a</a><img src='/i.png' srcset="/i-2x.png 2x, /i-3x.png 3x">
      <meta property="og:url" content="/here" /><link rel=canonical href=/here>`;
    expect(extractLinks(html)).toEqual([
      '/a?x=1&y=2',
      '/i.png',
      '/i-2x.png',
      '/i-3x.png',
      '/here',
      '/here',
    ]);
  });
});

describe('checkLinks', () => {
  it('accepts files, folders with an index.html, relative links and fragments that exist', async () => {
    const dir = await site('good', {
      'index.html': page(
        '<a href="#main">skip</a><main id="main"><a href="/exchange/x1">x1</a><a href="/exchange/x1#t2">t2</a>' +
          '<a href="exchange/x1/">x1/</a><img src="/logo.svg"><a href="https://elsewhere.example/x">out</a>' +
          '<a href="mailto:desk@example.org">mail</a><a href="/sample/500">sample</a></main>',
      ),
      'exchange/x1/index.html': page(
        '<p id="t1">one</p><p id="t2">two</p><a href="../../">home</a>',
      ),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(await checkLinks(dir)).toEqual({ pages: 2, links: 7, appOnly: 1, broken: [] });
  });

  it('reports a missing file, a folder without index.html and a fragment with no element', async () => {
    const dir = await site('bad', {
      'index.html': page(
        '<a href="/exchange/x9">x9</a><a href="/exchange/x1#t7">t7</a><a href="/empty/">empty</a>' +
          '<script src="/assets/gone.js"></script><a href="#nowhere">skip</a>',
      ),
      'exchange/x1/index.html': page('<p id="t1">one</p>'),
      'empty/readme.txt': 'no page here',
    });
    const report = await checkLinks(dir);
    expect(report.broken).toEqual([
      { page: 'index.html', link: '/exchange/x9', reason: 'no file answers it' },
      {
        page: 'index.html',
        link: '/exchange/x1#t7',
        reason: 'exchange/x1/index.html has no element with id "t7"',
      },
      {
        page: 'index.html',
        link: '/empty/',
        reason: 'no file answers it (empty/index.html is missing)',
      },
      { page: 'index.html', link: '/assets/gone.js', reason: 'no file answers it' },
      {
        page: 'index.html',
        link: '#nowhere',
        reason: 'index.html has no element with id "nowhere"',
      },
    ]);
  });

  it('reads links under a base path, and the site’s own absolute links', async () => {
    const dir = await site('based', {
      'index.html': page(
        '<a href="/podium/exchange/x1">x1</a><a href="/exchange/x1">outside</a>' +
          '<link rel="canonical" href="https://podium.example/podium/missing">',
      ),
      'exchange/x1/index.html': page(''),
    });
    const report = await checkLinks(dir, { base: '/podium/', siteUrl: 'https://podium.example' });
    expect(report.broken.map(({ link, reason }) => [link, reason])).toEqual([
      ['/exchange/x1', "it points outside the site's base /podium/"],
      ['https://podium.example/podium/missing', 'no file answers it'],
    ]);
  });
});
