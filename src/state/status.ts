import { create } from 'zustand';

/** A short message for the polite status region ("Link copied"), with what to show for copying by hand. */
export interface StatusMessage {
  readonly id: number;
  readonly text: string;
  /** When copying failed: the text the reader can select and copy themselves. */
  readonly manualCopy?: string;
}

export interface StatusState {
  readonly message: StatusMessage | undefined;
  readonly announce: (text: string, manualCopy?: string) => void;
  readonly dismiss: () => void;
}

let nextId = 1;

/** What the app has just done and wants a reader (and a screen reader) to know. */
export const useStatusStore = create<StatusState>()((set) => ({
  message: undefined,
  announce: (text, manualCopy) => {
    const id = nextId++;
    set({ message: manualCopy === undefined ? { id, text } : { id, text, manualCopy } });
  },
  dismiss: () => {
    set({ message: undefined });
  },
}));
