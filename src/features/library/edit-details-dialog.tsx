import { useState } from 'react';
import { checkDetails, DetailsFields, type DetailsDraft } from '../../components/details-fields';
import { Dialog } from '../../components/dialog';
import type { DocumentDetails } from '../../storage/db';
import type { SavedDocument } from '../../storage/records';

interface EditDetailsDialogProps {
  readonly record: SavedDocument;
  readonly onSave: (details: DocumentDetails) => void;
  readonly onCancel: () => void;
}

/** Changes a saved document's title, publisher, date and source address; "Cancel" comes first. */
export function EditDetailsDialog({ record, onSave, onCancel }: EditDetailsDialogProps) {
  const [draft, setDraft] = useState<DetailsDraft>({
    title: record.title,
    publisher: record.source?.publisher ?? '',
    date: record.source?.date ?? '',
    url: record.source?.url ?? '',
  });
  const invalid = checkDetails(draft) !== undefined;
  return (
    <Dialog
      title={`Details of “${record.title}”`}
      description="Citations and the viewer’s heading show these. The text itself stays as saved."
      onClose={onCancel}
    >
      <form
        className="edit-details"
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid) return;
          const title = draft.title.trim();
          onSave({
            title: title === '' ? record.title : title,
            source: { publisher: draft.publisher, date: draft.date, url: draft.url },
          });
        }}
      >
        <p className="library-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button" aria-disabled={invalid}>
            Save details
          </button>
        </p>
        <DetailsFields draft={draft} onChange={setDraft} />
      </form>
    </Dialog>
  );
}
