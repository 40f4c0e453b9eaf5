import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { briefingText } from './content/seeds';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>Podium</h1>
        <pre>{briefingText.slice(0, 2000)}</pre>
      </main>
    </StrictMode>,
  );
}
