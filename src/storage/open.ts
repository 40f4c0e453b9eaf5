import type { UseStore } from 'idb-keyval';
import { LibraryError, libraryMessages } from './errors';

// idb-keyval's createStore, plus what it leaves out: a clear error when IndexedDB is missing or the
// open is blocked by another tab, closing on a version change so this tab never blocks another one, and
// adding the object store when the database exists without it.

function requestDatabase(
  dbName: string,
  storeName: string,
  version?: number,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new LibraryError('unavailable', libraryMessages.unavailable));
      return;
    }
    const request =
      version === undefined ? indexedDB.open(dbName) : indexedDB.open(dbName, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) {
        request.result.createObjectStore(storeName);
      }
    };
    request.onblocked = () => {
      reject(new LibraryError('blocked', libraryMessages.blocked));
    };
    request.onerror = () => {
      reject(request.error ?? new LibraryError('failed', libraryMessages.failed));
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
  });
}

async function openDatabase(dbName: string, storeName: string): Promise<IDBDatabase> {
  let database = await requestDatabase(dbName, storeName);
  if (!database.objectStoreNames.contains(storeName)) {
    const next = database.version + 1;
    database.close();
    database = await requestDatabase(dbName, storeName, next);
  }
  return database;
}

/** An idb-keyval store on `dbName`/`storeName`, opened on first use and reopened after a failure. */
export function createLibraryStore(dbName = 'podium', storeName = 'documents'): UseStore {
  let pending: Promise<IDBDatabase> | undefined;
  const getDatabase = (): Promise<IDBDatabase> => {
    if (pending !== undefined) return pending;
    const opening = openDatabase(dbName, storeName).then((database) => {
      database.onversionchange = () => {
        database.close();
        pending = undefined;
      };
      database.onclose = () => {
        pending = undefined;
      };
      return database;
    });
    opening.catch(() => {
      pending = undefined;
    });
    pending = opening;
    return opening;
  };
  return async (mode, callback) => {
    const database = await getDatabase();
    return callback(database.transaction(storeName, mode).objectStore(storeName));
  };
}
