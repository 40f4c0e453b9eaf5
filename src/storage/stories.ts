import { getLibrary, type Library } from './db';
import { toLibraryError } from './errors';
import type { SavedDocument } from './records';

/** The news stories saved in this browser, or why they could not be read. */
export type SavedStories =
  | { readonly status: 'ready'; readonly stories: readonly SavedDocument[] }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Lists the saved news stories, to pair a transcript with. A storage failure is said in words, not
 * thrown: a reader without storage can still preview what they import.
 */
export async function listSavedStories(library: Library = getLibrary()): Promise<SavedStories> {
  try {
    const { documents } = await library.list();
    return {
      status: 'ready',
      stories: documents.filter((document) => document.kind === 'article'),
    };
  } catch (error) {
    return { status: 'failed', message: toLibraryError(error).message };
  }
}
