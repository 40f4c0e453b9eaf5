import type { MarkNavigation } from './use-mark-navigation';

interface MarkStepperProps {
  readonly navigation: MarkNavigation;
  /** Singular noun for one mark: "match", "mention". */
  readonly noun: string;
  /** Names the list for screen readers: "search matches", "topic mentions". */
  readonly groupLabel: string;
  /** Said before the reader has moved, e.g. "12 mentions of the chosen topics". */
  readonly idleText?: string;
}

/** Previous/next buttons for a list of marks, with "3 of 12" once the reader has moved. */
export function MarkStepper({ navigation, noun, groupLabel, idleText = '' }: MarkStepperProps) {
  const { position, count, missed } = navigation;
  if (count === 0) return null;
  const label = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const where = position >= 0 ? `${label} ${position + 1} of ${count}` : idleText;
  const message = missed ? `None of these ${groupLabel} is shown; other filters hide them.` : where;
  return (
    <div className="mark-stepper" role="group" aria-label={`Go through ${groupLabel}`}>
      <button type="button" onClick={navigation.previous}>
        <span aria-hidden="true">↑ </span>Previous {noun}
      </button>
      <button type="button" onClick={navigation.next}>
        <span aria-hidden="true">↓ </span>Next {noun}
      </button>
      <p className="mark-position" role="status">
        {message}
      </p>
    </div>
  );
}
