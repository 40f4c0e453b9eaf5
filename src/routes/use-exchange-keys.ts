import type { ExchangeView } from '../domain/search/filters';
import type { ExchangeId } from '../domain/types';
import { useShortcuts } from '../features/shortcuts/use-shortcuts';
import { useStatusStore } from '../state/status';

interface ExchangeKeysOptions {
  /** The exchanges on show, in order: j and k walk these. */
  readonly shown: readonly ExchangeView[];
  /** The exchange a permalink names. */
  readonly currentExchangeId: ExchangeId | undefined;
  /** The exchange the reader has focused something in, if any. */
  readonly focusedExchange: () => ExchangeId | undefined;
  readonly goTo: (exchangeId: ExchangeId) => void;
  readonly focusSearch: () => void;
  readonly openHelp: () => void;
}

/** Wires the viewer's shortcuts: j/k walk the shown exchanges, / searches, ? opens the help. */
export function useExchangeKeys(options: ExchangeKeysOptions) {
  const { shown, currentExchangeId, focusedExchange, goTo, focusSearch, openHelp } = options;
  const announce = useStatusStore((state) => state.announce);

  const step = (direction: 1 | -1) => {
    if (shown.length === 0) return;
    // Without a permalink, "current" is the exchange the reader has focused something in.
    const current = focusedExchange() ?? currentExchangeId;
    const index = shown.findIndex((view) => view.exchange.id === current);
    const next = index === -1 ? (direction === 1 ? 0 : shown.length - 1) : index + direction;
    const target = shown[next];
    if (target === undefined) {
      announce(direction === 1 ? 'This is the last exchange' : 'This is the first exchange');
      return;
    }
    goTo(target.exchange.id);
  };

  useShortcuts({
    nextExchange: () => {
      step(1);
    },
    previousExchange: () => {
      step(-1);
    },
    focusSearch,
    openHelp,
  });
}
