import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { prebuiltSeeds } from './scripts/prebuilt-seeds.ts';

// PODIUM_BASE hosts the app under a sub-folder (`/podium/`); `podium` and `/podium` mean the same.
const folder = (process.env.PODIUM_BASE ?? '/').trim().replace(/^\/+|\/+$/g, '');

export default defineConfig({
  base: folder.length === 0 ? '/' : `/${folder}/`,
  plugins: [react(), prebuiltSeeds()],
  build: {
    // Every browser the app supports preloads modules natively; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    // Every page is prerendered, and its markup must be styled at first paint: one style sheet, which
    // every page links, rather than a sheet per lazy chunk that arrives with the page's code (the
    // import page shifted as its styles came in after its markup).
    cssCodeSplit: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          // Most of these render the whole briefing, which jsdom takes seconds to lay out and query.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
