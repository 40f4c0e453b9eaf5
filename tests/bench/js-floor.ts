// The JavaScript floor: the least a page built like the app can send. One route with a loader and a
// Link, rendered by React through the React Router data router, built by Vite with the app's React
// plugin and production settings. What the app sends for `/` above this is the app's own code.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

// Inside the project, so that the page's imports resolve to the app's own node_modules.
const floorRoot = resolve('node_modules/.cache/podium-js-floor');

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>JavaScript floor</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`;

const mainTsx = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, useLoaderData } from 'react-router';
import { RouterProvider } from 'react-router/dom';

interface PageData {
  readonly title: string;
  readonly text: string;
}

function Page() {
  const { title, text } = useLoaderData<PageData>();
  return (
    <main>
      <h1>{title}</h1>
      <p>{text}</p>
      <Link to="/">Back to the start</Link>
    </main>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    loader: (): PageData => ({
      title: 'A bare page',
      text: 'React and the React Router data router, with one route, its loader and a link.',
    }),
    Component: Page,
  },
]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
`;

/** Builds the floor page into a folder of its own and returns that folder, ready to serve. */
export async function buildJsFloor(): Promise<string> {
  await rm(floorRoot, { recursive: true, force: true });
  await mkdir(floorRoot, { recursive: true });
  await writeFile(join(floorRoot, 'index.html'), indexHtml);
  await writeFile(join(floorRoot, 'main.tsx'), mainTsx);
  const outDir = join(floorRoot, 'dist');
  await build({
    root: floorRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  return outDir;
}
