import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/archive/build-archive';
import type { PrerenderedPage } from '../../src/domain/site/page-meta';
import { prerenderArchivePages, provideArchive } from '../../src/entry-server';
import { setArchiveReader } from '../../src/routes/archive-data';

// tests/fixtures/archive without the shipped pair: six made-up briefings.
const fixture = resolve('tests/fixtures/archive');

describe('prerenderArchivePages', () => {
  const pages = new Map<string, PrerenderedPage>();
  beforeAll(async () => {
    const build = await buildArchive({ dir: fixture, includeSeeds: false });
    provideArchive(build.model);
    for await (const page of prerenderArchivePages({
      base: '/',
      siteUrl: 'https://briefings.example.org',
    })) {
      pages.set(page.file, page);
    }
  });
  afterAll(() => {
    setArchiveReader(undefined);
  });

  const pageAt = (file: string): PrerenderedPage => {
    const page = pages.get(file);
    if (page === undefined) throw new Error(`no page ${file}`);
    return page;
  };

  it('writes the home, the lists, every briefing and exchange, every person and topic', () => {
    expect(pageAt('briefings/index.html').status).toBe(200);
    expect(pageAt('speakers/index.html').status).toBe(200);
    expect(pageAt('topics/index.html').status).toBe(200);
    expect(
      pageAt('briefings/2019-07-24-media-availability-with-the-secretary/index.html').mode,
    ).toBe('hydrate');
    // The availability has an opening and two questions.
    expect(
      pageAt('briefings/2019-07-24-media-availability-with-the-secretary/exchange/x3/index.html')
        .status,
    ).toBe(200);
    expect(pageAt('speakers/ivo-marsh/index.html').status).toBe(200);
    expect(pageAt('topics/landmines/index.html').status).toBe(200);
    expect([...pages.values()].every((page) => page.status === 200)).toBe(true);
  });

  it('names each page in its head: title, description, Open Graph and canonical', () => {
    const page = pageAt('speakers/helen-marsh/index.html');
    expect(page.head).toContain('<title>Helen V. Marsh — Podium</title>');
    expect(page.head).toContain(
      '<meta name="description" content="Helen V. Marsh (Secretary of Defense): 10 turns in 4 briefings from 12 March 2019 to 3 February 2020." />',
    );
    expect(page.head).toContain(
      '<link rel="canonical" href="https://briefings.example.org/speakers/helen-marsh/" />',
    );
    expect(page.head).toContain('<meta property="og:title" content="Helen V. Marsh" />');
    expect(page.address).toBe('/speakers/helen-marsh/');
  });

  it('renders the page’s words into the HTML, readable without a script', () => {
    const topic = pageAt('topics/libya/index.html');
    expect(topic.head).toContain('<title>Topic: Libya — Podium</title>');
    expect(topic.html).toContain('<h1>Libya</h1>');
    expect(topic.html).toContain('<th scope="row">July 2019</th><td>4</td>');
    const home = pageAt('briefings/index.html');
    expect(home.head).toContain('<title>Harbor briefings — Podium</title>');
    expect(home.html).toContain('Remarks by General Ivo Marsh at the Northern Harbor Forum');
  });
});
