/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Draws link preview images at build time: satori lays a card out as SVG with the fonts below, and
// resvg renders it to PNG. No browser is involved. The card's text comes from a PreviewCard
// (src/domain/site/preview-card.ts), so any page that can describe one gets a picture.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ReactElement } from 'react';
import satori, { type Font } from 'satori';
import { previewCardSize, type PreviewCard } from '../src/domain/site/preview-card';

// The light theme of src/styles/theme.css.
const colors = {
  background: '#fbfaf7',
  text: '#1f2328',
  muted: '#5a6270',
  accent: '#1d4e89',
  accentSoft: '#e5edf7',
  border: '#d9d5cc',
} as const;

// The theme's reading face is an old-style serif and its interface face a humanist sans; these are
// the open fonts closest to them that npm carries. Satori reads WOFF, not WOFF2.
const serif = 'Source Serif 4';
const sans = 'Source Sans 3';
const fontFiles = [
  { name: serif, file: '@fontsource/source-serif-4/files/source-serif-4', weight: 400 },
  { name: sans, file: '@fontsource/source-sans-3/files/source-sans-3', weight: 400 },
  { name: sans, file: '@fontsource/source-sans-3/files/source-sans-3', weight: 600 },
] as const;
// Latin first; Latin Extended for names and places beyond it.
const subsets = ['latin', 'latin-ext'] as const;

/** Reads the card's fonts from their npm packages. */
export async function loadCardFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const loads = fontFiles.flatMap(({ name, file, weight }) =>
    subsets.map(async (subset) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`${file}-${subset}-${String(weight)}-normal.woff`)),
    })),
  );
  return Promise.all(loads);
}

/** The quote's type size: large for a line or two, smaller as the words run longer. */
const sizeQuote = (quote: string): number =>
  quote.length <= 90 ? 54 : quote.length <= 140 ? 46 : 40;

/** The card's layout, as elements satori reads. */
export function drawCard(card: PreviewCard): ReactElement {
  const byline = [card.publisher, card.date].filter(Boolean).join(' · ');
  return (
    <div
      style={{
        // Like a browser, satori sizes the content box unless told otherwise.
        boxSizing: 'border-box',
        width: previewCardSize.width,
        height: previewCardSize.height,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: colors.background,
        borderLeft: `16px solid ${colors.accent}`,
        padding: '48px 72px 44px 64px',
        fontFamily: sans,
        color: colors.text,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26 }}>
        <span style={{ color: colors.accent, fontWeight: 600 }}>Podium</span>
        <span style={{ color: colors.muted }}>{byline}</span>
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          overflow: 'hidden',
        }}
      >
        {card.quote === undefined ? null : (
          <div
            style={{
              fontFamily: serif,
              fontSize: sizeQuote(card.quote),
              lineHeight: 1.3,
              marginBottom: 28,
            }}
          >
            {`“${card.quote}”`}
          </div>
        )}
        {card.speaker === undefined ? null : (
          <div style={{ fontSize: 32, fontWeight: 600 }}>{card.speaker}</div>
        )}
        {card.role === undefined ? null : (
          <div style={{ fontSize: 26, color: colors.muted }}>{card.role}</div>
        )}
      </div>
      {card.topics.length === 0 ? null : (
        <div style={{ display: 'flex', gap: 12, marginBottom: 22 }}>
          {card.topics.map((topic) => (
            <span
              key={topic}
              style={{
                backgroundColor: colors.accentSoft,
                color: colors.accent,
                borderRadius: 999,
                padding: '6px 18px',
                fontSize: 22,
                fontWeight: 600,
              }}
            >
              {topic}
            </span>
          ))}
        </div>
      )}
      <div
        style={{
          borderTop: `2px solid ${colors.border}`,
          paddingTop: 18,
          fontSize: 24,
          lineHeight: 1.3,
          color: colors.muted,
          lineClamp: 2,
        }}
      >
        {card.title}
      </div>
    </div>
  );
}

/** Draws a card as a PNG of previewCardSize. */
export async function renderCard(card: PreviewCard, fonts: Font[]): Promise<Uint8Array> {
  const svg = await satori(drawCard(card), { ...previewCardSize, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

/** One image to write: its in-app path (`/previews/x3.png`) and what it shows. */
export interface PreviewImage {
  readonly path: string;
  readonly card: PreviewCard;
}

/** Draws every card into the build folder; says how many, their bytes in all, and how long it took. */
export async function writePreviewImages(
  outDir: string,
  images: readonly PreviewImage[],
): Promise<{ readonly count: number; readonly bytes: number; readonly milliseconds: number }> {
  const started = performance.now();
  const fonts = await loadCardFonts();
  let bytes = 0;
  // One at a time: each render is CPU-bound, and the build machine may be small.
  for (const image of images) {
    const png = await renderCard(image.card, fonts);
    const file = join(outDir, image.path.replace(/^\/+/u, ''));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    bytes += png.byteLength;
  }
  return { count: images.length, bytes, milliseconds: performance.now() - started };
}
