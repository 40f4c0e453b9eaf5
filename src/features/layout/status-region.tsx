import { useEffect } from 'react';
import { useStatusStore } from '../../state/status';
import './status-region.css';

const visibleFor = 4000;

/**
 * The polite live region for short confirmations ("Link copied"). It is always in the page, because
 * screen readers only announce changes to a region that already exists.
 */
export function StatusRegion() {
  const message = useStatusStore((state) => state.message);
  const dismiss = useStatusStore((state) => state.dismiss);
  const manualCopy = message?.manualCopy;

  useEffect(() => {
    // A message the reader must copy by hand stays until they dismiss it.
    if (message === undefined || message.manualCopy !== undefined) return;
    const timer = window.setTimeout(dismiss, visibleFor);
    return () => {
      window.clearTimeout(timer);
    };
  }, [message, dismiss]);

  return (
    <div className="status-region">
      <p role="status" className={message ? 'toast' : 'toast toast-empty'}>
        {message?.text}
      </p>
      {manualCopy === undefined ? null : (
        <div className="toast manual-copy">
          <label>
            Text to copy
            <input
              type="text"
              readOnly
              value={manualCopy}
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
          </label>
          <button type="button" className="button" onClick={dismiss}>
            Done
          </button>
        </div>
      )}
    </div>
  );
}
