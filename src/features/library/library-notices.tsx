import { pluralize } from '../../domain/words/pluralize';
import type { LibraryListing } from '../../storage/db';

/** What the reader should know about records that could not be shown: set aside, or from a newer app. */
export function LibraryNotices({ listing }: { readonly listing: LibraryListing }) {
  const { quarantined, newerCount } = listing;
  if (quarantined.length === 0 && newerCount === 0) return null;
  return (
    <div className="import-message" role="status">
      {quarantined.length > 0 ? (
        <>
          <p>
            {pluralize(quarantined.length, 'saved record')} could not be read. They were set aside,
            not deleted, and the rest of the library works as usual.
          </p>
          <ul>
            {quarantined.map((record) => (
              <li key={record.key}>
                Record “{record.key}”: {record.reason}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {newerCount > 0 ? (
        <p>
          {pluralize(newerCount, 'document')} {newerCount === 1 ? 'was' : 'were'} saved by a newer
          version of Podium and {newerCount === 1 ? 'is' : 'are'} not shown here. Reload the page to
          get the newer version.
        </p>
      ) : null}
    </div>
  );
}
