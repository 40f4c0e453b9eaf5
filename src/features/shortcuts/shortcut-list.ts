/** The keyboard shortcuts, as the help dialog lists them. */
export const shortcutList: readonly {
  readonly keys: readonly string[];
  readonly action: string;
}[] = [
  { keys: ['j'], action: 'Next exchange' },
  { keys: ['k'], action: 'Previous exchange' },
  { keys: ['/'], action: 'Search both documents' },
  { keys: ['Esc'], action: 'Leave the search box' },
  { keys: ['?'], action: 'Show this help' },
];
