/**
 * The search box: an ARIA combobox. Arrow keys move through the suggestions, Enter picks,
 * Escape closes; picking selects the entity and moves the camera to it.
 */
import { buildSearchIndex, search, type SearchIndex } from '../core/search/index.js';
import { searchEntries } from '../core/search/entries.js';
import { kindColor } from '../core/appearance/palette.js';
import type { App } from './app.js';
import { byId, h } from './dom.js';

export function mountSearch(app: App): { reindex(): void } {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-list');
  // Built at the first search, not before the first frame.
  let index: SearchIndex | undefined;
  let hits: ReturnType<typeof search> = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    app.select(hit.node, { move: true });
  };
  const update = () => {
    index ??= buildSearchIndex(searchEntries(app.graph));
    hits = search(index, input.value, 12);
    active = hits.length ? 0 : -1;
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const kind = app.graph.getNodeAttribute(hit.node, 'kind');
        return h(
          'li',
          {
            id: `search-opt-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-node': hit.node,
            onmousedown: (e: MouseEvent) => {
              e.preventDefault();
              pick(i);
            },
          },
          h('span', { class: 'swatch', style: `background:${kindColor(kind)}`, 'aria-hidden': 'true' }),
          h('span', {}, hit.label),
          hit.matched !== hit.label ? h('small', {}, hit.matched) : null,
          h('small', {}, kind),
        );
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    mark();
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value) update();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      if (list.hidden) update();
      else {
        active = (active + 1) % hits.length;
        mark();
      }
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      active = (active - 1 + hits.length) % hits.length;
      mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden) pick(Math.max(0, active));
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  return {
    reindex: () => {
      index = undefined;
    },
  };
}
