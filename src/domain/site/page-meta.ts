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
}

/** Where the site lives: the base path it is served under and, when known, its origin. */
export interface SiteAddress {
  /** The base path, with leading and trailing slash: `/` or `/podium/`. */
  readonly base: string;
  /** The origin absolute URLs start with (`https://example.org`); root-relative URLs when absent. */
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
  readonly head: string;
  readonly html: string;
}

/** The attribute on #root that tells the browser entry how to start (see PrerenderedPage['mode']). */
export const renderModeAttribute = 'data-prerendered';

/** About how much of the question a preview shows; chats cut descriptions near 160 characters. */
const excerptLength = 140;

/** Collapses runs of white space (the transcript keeps double spaces and no-break spaces). */
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Shortens text to at most `limit` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateWords(text: string, limit: number): string {
  const plain = squeeze(text);
  if (plain.length <= limit) return plain;
  const cut = plain.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

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
    description: squeeze(
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
  const quote = lead ? truncateWords(speechOf(lead), excerptLength) : '';
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
    title: `Page not found — ${siteName}`,
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

/** The <head> tags of a page, one a line: title, description, canonical, Open Graph, Twitter card. */
export function composeHeadTags(meta: PageMeta, site: SiteAddress): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    metaTag('name', 'description', meta.description),
  ];
  if (!meta.indexable) {
    tags.push(metaTag('name', 'robots', 'noindex'));
    return tags.join('\n    ');
  }
  const url = resolvePageUrl(meta.path, site);
  tags.push(
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    metaTag('property', 'og:site_name', siteName),
    metaTag('property', 'og:type', meta.type),
    metaTag('property', 'og:title', meta.socialTitle),
    metaTag('property', 'og:description', meta.description),
    metaTag('property', 'og:url', url),
    metaTag('name', 'twitter:card', 'summary'),
    metaTag('name', 'twitter:title', meta.socialTitle),
    metaTag('name', 'twitter:description', meta.description),
  );
  return tags.join('\n    ');
}
