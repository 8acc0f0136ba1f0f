/**
 * The view state and its subscribers. Every change is mirrored into the URL hash
 * (history.replaceState), and a hash edited by hand is read back.
 */
import { formatViewState, parseViewState, type ViewState } from '../core/url/state.js';

/** `external` is true when the change came from the URL (a hash edited or pasted). */
export type Listener = (state: ViewState, prev: ViewState, external: boolean) => void;

export class Store {
  private listeners: Listener[] = [];
  state: ViewState;

  constructor() {
    this.state = parseViewState(location.hash);
    window.addEventListener('hashchange', () => this.set(parseViewState(location.hash), false));
  }

  subscribe(fn: Listener): void {
    this.listeners.push(fn);
  }

  /** Replaces the state (or merges a partial one) and notifies. */
  set(next: Partial<ViewState>, writeUrl = true): void {
    const prev = this.state;
    this.state = { ...prev, ...next };
    if (writeUrl) {
      const hash = formatViewState(this.state);
      history.replaceState(null, '', `${location.pathname}${location.search}${hash ? '#' + hash : ''}`);
    }
    for (const fn of this.listeners) fn(this.state, prev, !writeUrl);
  }

  setFilters(patch: Partial<ViewState['filters']>): void {
    this.set({ filters: { ...this.state.filters, ...patch } });
  }
}
