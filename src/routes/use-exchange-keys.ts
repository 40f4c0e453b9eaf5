import type { TranscriptView } from '../domain/search/filters';
import type { ExchangeId } from '../domain/types';
import { useShortcuts } from '../features/shortcuts/use-shortcuts';
import { useStatusStore } from '../state/status';

interface ExchangeKeysOptions {
  readonly view: TranscriptView;
  readonly currentExchangeId: ExchangeId | undefined;
  readonly goTo: (exchangeId: ExchangeId) => void;
  readonly openHelp: () => void;
}

// Without a permalink, "current" is the exchange the reader has focused something in.
const focusedExchange = (): string | undefined =>
  document.activeElement?.closest('section.exchange[id]')?.id;

/** Wires the viewer's shortcuts: j/k walk the shown exchanges, / searches, ? opens the help. */
export function useExchangeKeys({ view, currentExchangeId, goTo, openHelp }: ExchangeKeysOptions) {
  const announce = useStatusStore((state) => state.announce);

  const step = (direction: 1 | -1) => {
    const shown = view.exchanges
      .filter((exchange) => exchange.matches || exchange.pinned)
      .map((exchange) => exchange.exchange.id);
    if (shown.length === 0) return;
    const current = focusedExchange() ?? currentExchangeId;
    const index = shown.findIndex((id) => id === current);
    const next = index === -1 ? (direction === 1 ? 0 : shown.length - 1) : index + direction;
    const target = shown[next];
    if (target === undefined) {
      announce(direction === 1 ? 'This is the last exchange' : 'This is the first exchange');
      return;
    }
    goTo(target);
  };

  useShortcuts({
    nextExchange: () => {
      step(1);
    },
    previousExchange: () => {
      step(-1);
    },
    focusSearch: () => {
      document.getElementById('search')?.focus();
    },
    openHelp,
  });
}
