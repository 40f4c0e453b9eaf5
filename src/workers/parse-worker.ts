import { parseDocument } from './parse-document';
import { progressOf, type ParseRequest, type ParseResponse } from './parse-protocol';

// Runs the parser off the main thread, so the page keeps answering while a large file is read.

const reply = (response: ParseResponse): void => {
  postMessage(response);
};

addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { text, kind } = event.data;
  reply({ type: 'progress', progress: progressOf('parsing') });
  try {
    const document = parseDocument(text, kind);
    reply({ type: 'done', document });
  } catch (error) {
    // The parser promises not to throw; if it ever does, the page says so instead of waiting forever.
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
