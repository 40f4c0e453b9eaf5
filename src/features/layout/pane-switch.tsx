import type { NarrowPane } from '../../state/layout';

interface PaneSwitchProps {
  readonly pane: NarrowPane;
  readonly onChange: (pane: NarrowPane) => void;
}

const choices: readonly { readonly pane: NarrowPane; readonly label: string }[] = [
  { pane: 'briefing', label: 'Briefing' },
  { pane: 'story', label: 'Story' },
];

/** On a narrow screen there is room for one document at a time; this chooses which. */
export function PaneSwitch({ pane, onChange }: PaneSwitchProps) {
  return (
    <div className="pane-switch" role="group" aria-label="Document to read">
      {choices.map((choice) => (
        <button
          key={choice.pane}
          type="button"
          className="button"
          aria-pressed={pane === choice.pane}
          onClick={() => {
            onChange(choice.pane);
          }}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
