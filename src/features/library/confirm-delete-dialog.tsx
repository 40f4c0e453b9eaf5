import { Dialog } from '../../components/dialog';

interface ConfirmDeleteDialogProps {
  readonly title: string;
  readonly pairedCount: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before deleting: "Keep it" comes first and takes the focus, so Enter alone deletes nothing. */
export function ConfirmDeleteDialog({
  title,
  pairedCount,
  onConfirm,
  onCancel,
}: ConfirmDeleteDialogProps) {
  const paired =
    pairedCount === 0
      ? ''
      : ` ${pairedCount === 1 ? 'One transcript is' : `${pairedCount} transcripts are`} shown beside it and will be unpaired.`;
  return (
    <Dialog
      title={`Delete “${title}”?`}
      description={`The document is removed from this browser; links to it will no longer open here.${paired}`}
      onClose={onCancel}
    >
      <p className="library-actions">
        <button type="button" className="button" onClick={onCancel}>
          Keep it
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          Delete
        </button>
      </p>
    </Dialog>
  );
}
