import type { ParseRequest, ParseResponse } from './parse-protocol';
import { runRequest } from './run-request';

// Runs the checks and the parser off the main thread, so the page keeps answering while a large file
// is read.

const reply = (response: ParseResponse): void => {
  postMessage(response);
};

addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  reply(
    runRequest(event.data, (progress) => {
      reply({ type: 'progress', progress });
    }),
  );
});
