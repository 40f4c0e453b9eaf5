import {
  createLocalIndex,
  searchLocalIndex,
  type LocalSearchAnswer,
  type LocalSearchIndex,
  type LocalSearchRequest,
} from '../domain/search/local-index';
import type { SearchRecord } from '../domain/search/records';

// The local search keeps its index where it runs: in a worker, or on the page where no worker can
// start. The host owns that index; the messages below are all that crosses between them.

/** What the page asks the local search for. */
export type LocalSearchMessage =
  | { readonly type: 'index'; readonly id: number; readonly records: readonly SearchRecord[] }
  | { readonly type: 'search'; readonly id: number; readonly request: LocalSearchRequest };

/** What the local search answers, under the id of the message it answers. */
export type LocalSearchReply =
  | { readonly type: 'indexed'; readonly id: number; readonly count: number }
  | { readonly type: 'answer'; readonly id: number; readonly answer: LocalSearchAnswer }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Holds one local index and answers messages about it; never throws. */
export function createLocalSearchHost(): (message: LocalSearchMessage) => LocalSearchReply {
  let index: LocalSearchIndex = createLocalIndex([]);
  return (message) => {
    try {
      if (message.type === 'index') {
        index = createLocalIndex(message.records);
        return { type: 'indexed', id: message.id, count: index.records.size };
      }
      return { type: 'answer', id: message.id, answer: searchLocalIndex(index, message.request) };
    } catch (error) {
      return {
        type: 'error',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  };
}
