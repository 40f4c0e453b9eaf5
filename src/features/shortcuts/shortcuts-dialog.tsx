import { Dialog } from '../../components/dialog';
import { shortcutList } from './shortcut-list';
import './shortcuts.css';

interface ShortcutsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The help dialog: it lists the shortcuts; Escape or the button closes it. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <p>Shortcuts work whenever you are not typing in a field.</p>
      <dl className="shortcut-list">
        {shortcutList.map((shortcut) => (
          <div key={shortcut.action}>
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <p>
        Every exchange and turn has a permalink and buttons to copy its link or a citation. Links
        keep no filters, so a colleague sees the passage in the full briefing. Select words in a
        turn or story paragraph, or press <kbd>s</kbd> on a turn, to copy a link to exactly those
        words or a citation of them.
      </p>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </Dialog>
  );
}
