import { shortenToWords, squeezeSpace } from '../cite/quote-passage';
import type { PreviewCard } from './preview-card';
import type { Exchange, Transcript, Turn } from '../types';
import { composeDocumentTitle, siteName } from './document-title';

// What a prerendered page says about itself in <head>: its title and description for search results,
// Open Graph and Twitter card tags for the preview a chat or a post unfurls, and its canonical address.
// Pure functions of the parsed briefing, so the build and the tests compute the same text.

/** Head facts of one page, before they become tags. */
export interface PageMeta {
  /** The in-app path, relative to the base: `/`, `/exchange/x3`. */
  readonly path: string;
  /** The document title; the same text the app sets once it runs. */
  readonly title: string;
  readonly description: string;
  /** The title a link preview shows, without the app's name (og:site_name carries it). */
  readonly socialTitle: string;
  readonly type: 'website' | 'article';
  /** Not-found pages ask search engines to leave them out and name no canonical address. */
  readonly indexable: boolean;
  /** The picture a link preview shows, when the build draws one. */
  readonly image?: PageImage | undefined;
}

/** A page's preview picture. */
export interface PageImage {
  /** The image's in-app path, relative to the base: `/previews/x3.png`. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
  /** What the picture shows, for readers who cannot see it. */
  readonly alt: string;
}

/** Where the site lives: the base path it is served under and, when known, its origin. */
export interface SiteAddress {
  /** The base path, with leading and trailing slash: `/` or `/podium/`. */
  readonly base: string;
  /** The origin absolute URLs start with (`https://example.org`); without it no page names its URL. */
  readonly siteUrl?: string | undefined;
}

/** One file of the static build: where it goes, its status, its head tags and the HTML of #root. */
export interface PrerenderedPage {
  /** Relative to the build folder: `index.html`, `exchange/x3/index.html`, `404.html`. */
  readonly file: string;
  readonly status: number;
  /** `hydrate`: the browser adopts this HTML; `client`: it renders afresh (the 404 page). */
  readonly mode: 'hydrate' | 'client';
  /** True when the page shows the built-in documents, so it should preload their data file. */
  readonly showsSeeds: boolean;
  /** The path the page was rendered for, base included (`/podium/exchange/x3`). */
  readonly address: string;
  readonly head: string;
  readonly html: string;
  /** The preview image the build draws for this page: where it goes and what it shows. */
  readonly preview?: { readonly path: string; readonly card: PreviewCard } | undefined;
}

/** The attribute on #root that tells the browser entry how to start (see PrerenderedPage['mode']). */
export const renderModeAttribute = 'data-prerendered';

/**
 * The attribute on #root that names the path its HTML was rendered for. A host that answers unknown
 * paths with index.html serves the page of `/` at other addresses: the browser must not adopt it there.
 */
export const renderedPathAttribute = 'data-prerendered-path';

/** About how much of the question a preview shows; chats cut descriptions near 160 characters. */
const excerptLength = 140;

/** The turn that opens what an exchange is about: the reporter's question, else its first speech. */
function findLeadTurn(transcript: Transcript, exchange: Exchange): Turn | undefined {
  const turns = exchange.turnIds
    .map((id) => transcript.turns.find((turn) => turn.id === id))
    .filter((turn): turn is Turn => turn?.paragraphs.some((p) => !p.stage) === true);
  const question =
    exchange.questionerId === undefined
      ? undefined
      : turns.find((turn) => turn.speakerId === exchange.questionerId);
  return question ?? turns[0];
}

const speechOf = (turn: Turn): string =>
  turn.paragraphs
    .filter((paragraph) => !paragraph.stage)
    .map((paragraph) => paragraph.text)
    .join(' ');

/** Head facts of the whole briefing's page, which lives at `path`. */
export function describeHomePage(transcript: Transcript, path: string): PageMeta {
  const publisher = transcript.source?.publisher;
  return {
    path,
    title: composeDocumentTitle(transcript, undefined, undefined),
    description: squeezeSpace(
      `${transcript.title}${publisher === undefined ? '' : ` (${publisher})`}: the full briefing ` +
        'by exchange, speaker and topic, beside a related news story.',
    ),
    socialTitle: transcript.title,
    type: 'website',
    indexable: true,
  };
}

/** Head facts of an exchange permalink at `path`: its title, and the first words of its question. */
export function describeExchangePage(
  transcript: Transcript,
  exchange: Exchange,
  path: string,
): PageMeta {
  const lead = findLeadTurn(transcript, exchange);
  const speaker = transcript.speakers.find((candidate) => candidate.id === lead?.speakerId);
  const quote = lead ? shortenToWords(speechOf(lead), excerptLength) : '';
  const said = quote.length === 0 ? '' : ` ${speaker ? `${speaker.name}: ` : ''}“${quote}”`;
  return {
    path,
    title: composeDocumentTitle(transcript, exchange, undefined),
    description: `${exchange.title}.${said}`,
    socialTitle: `${exchange.title} — ${transcript.title}`,
    type: 'article',
    indexable: true,
  };
}

/** Head facts of another page of the app (import, library), named by the title it renders. */
export function describeAppPage(path: string, title: string): PageMeta {
  return {
    path,
    title,
    description: 'Podium reads press-briefing transcripts by exchange, speaker and topic.',
    socialTitle: title.replace(new RegExp(` — ${siteName}$`, 'u'), ''),
    type: 'website',
    indexable: true,
  };
}

/** Head facts of the page every unknown address gets. */
export function describeNotFoundPage(): PageMeta {
  return {
    path: '/404',
    // The host answers every address it has no file for with this page, samples and saved documents
    // included, which the app then opens: a "Page not found" tab title would flash by before them.
    title: siteName,
    description: 'Podium has no page at this address. The full briefing is one link away.',
    socialTitle: 'Page not found',
    type: 'website',
    indexable: false,
  };
}

/** Reads a base path as Vite does (`podium`, `/podium`, `/podium/` → `/podium/`). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/gu, '');
  return trimmed.length === 0 ? '/' : `/${trimmed}/`;
}

/** The address of an in-app path: absolute with a site URL, else root-relative under the base. */
export function resolvePageUrl(path: string, site: SiteAddress): string {
  const rootRelative = `${normalizeBase(site.base)}${path.replace(/^\/+/u, '')}`;
  return site.siteUrl === undefined ? rootRelative : new URL(rootRelative, site.siteUrl).href;
}

/** Where in the build folder a path's page is written: `/exchange/x3` → `exchange/x3/index.html`. */
export function toOutputFile(path: string): string {
  const folder = path.replace(/^\/+|\/+$/gu, '');
  return folder.length === 0 ? 'index.html' : `${folder}/index.html`;
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Makes text safe inside HTML text or a quoted attribute: document text never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => htmlEscapes[character] ?? character);
}

const metaTag = (key: 'name' | 'property', name: string, content: string): string =>
  `<meta ${key}="${name}" content="${escapeHtml(content)}" />`;

/**
 * The <head> tags of a page, one a line: title, description, canonical, Open Graph, Twitter card.
 * The canonical link and og:url must be absolute URLs: without a site URL they are left out, since a
 * relative one is wrong for search engines and link previews alike.
 */
export function composeHeadTags(meta: PageMeta, site: SiteAddress): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    metaTag('name', 'description', meta.description),
  ];
  if (!meta.indexable) {
    tags.push(metaTag('name', 'robots', 'noindex'));
    return tags.join('\n    ');
  }
  const url = site.siteUrl === undefined ? undefined : resolvePageUrl(meta.path, site);
  if (url !== undefined) tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
  tags.push(
    metaTag('property', 'og:site_name', siteName),
    metaTag('property', 'og:type', meta.type),
    metaTag('property', 'og:title', meta.socialTitle),
    metaTag('property', 'og:description', meta.description),
  );
  if (url !== undefined) tags.push(metaTag('property', 'og:url', url));
  if (meta.image !== undefined) {
    const image = resolvePageUrl(meta.image.path, site);
    tags.push(
      metaTag('property', 'og:image', image),
      metaTag('property', 'og:image:type', 'image/png'),
      metaTag('property', 'og:image:width', String(meta.image.width)),
      metaTag('property', 'og:image:height', String(meta.image.height)),
      metaTag('property', 'og:image:alt', meta.image.alt),
    );
  }
  tags.push(
    metaTag('name', 'twitter:card', meta.image === undefined ? 'summary' : 'summary_large_image'),
    metaTag('name', 'twitter:title', meta.socialTitle),
    metaTag('name', 'twitter:description', meta.description),
  );
  if (meta.image !== undefined) {
    tags.push(
      metaTag('name', 'twitter:image', resolvePageUrl(meta.image.path, site)),
      metaTag('name', 'twitter:image:alt', meta.image.alt),
    );
  }
  return tags.join('\n    ');
}
