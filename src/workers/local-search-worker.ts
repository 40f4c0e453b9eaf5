import { createLocalSearchHost, type LocalSearchMessage } from './local-search-host';

// Searches the briefings saved in this browser off the main thread, so that typing stays smooth.

const answer = createLocalSearchHost();

addEventListener('message', (event: MessageEvent<LocalSearchMessage>) => {
  postMessage(answer(event.data));
});
