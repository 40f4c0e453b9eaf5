// Saving can fail for reasons a reader can act on; each gets plain words, and the rest of the app
// (the built-in briefing, reading, exporting) keeps working without storage.

export type LibraryErrorReason = 'unavailable' | 'blocked' | 'quota' | 'failed';

/** A storage failure with a message meant for the reader. */
export class LibraryError extends Error {
  readonly reason: LibraryErrorReason;

  constructor(reason: LibraryErrorReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LibraryError';
    this.reason = reason;
  }
}

export const libraryMessages: Readonly<Record<LibraryErrorReason, string>> = {
  unavailable:
    'This browser does not let Podium save documents (storage is turned off or unavailable, as in some private windows). You can still read, preview and export.',
  blocked:
    'Saved documents are locked by another Podium tab that is updating them. Close other Podium tabs and try again.',
  quota:
    'There is no room left in this browser to save documents (storage quota exceeded). Delete or export saved documents, then try again.',
  failed: 'Saved documents could not be read or written in this browser.',
};

const errorName = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;

/** Turns whatever IndexedDB threw into a LibraryError with a message a reader can act on. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return new LibraryError('quota', libraryMessages.quota, { cause: error });
  }
  if (name === 'SecurityError' || name === 'InvalidAccessError' || name === 'ReferenceError') {
    return new LibraryError('unavailable', libraryMessages.unavailable, { cause: error });
  }
  if (name === 'VersionError' || name === 'InvalidStateError') {
    return new LibraryError('blocked', libraryMessages.blocked, { cause: error });
  }
  const detail = error instanceof Error && error.message.length > 0 ? ` (${error.message})` : '';
  return new LibraryError('failed', `${libraryMessages.failed}${detail}`, { cause: error });
}
