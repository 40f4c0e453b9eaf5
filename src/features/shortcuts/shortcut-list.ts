/** The keyboard shortcuts, as the help dialog lists them. */
export const shortcutList: readonly {
  readonly keys: readonly string[];
  readonly action: string;
}[] = [
  { keys: ['j'], action: 'Next exchange' },
  { keys: ['k'], action: 'Previous exchange' },
  { keys: ['s'], action: 'Select the next sentence of the focused turn, to quote or cite it' },
  { keys: ['Shift', 'S'], action: 'Add the next sentence to the selection' },
  { keys: ['/'], action: 'Search both documents' },
  { keys: ['Esc'], action: 'Leave the search box' },
  { keys: ['?'], action: 'Show this help' },
];
