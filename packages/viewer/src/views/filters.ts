/**
 * The filter sidebar, which doubles as the legend: entity types (node colours), quad
 * classes (edge colours), predicates, minimum weight, article, neighbourhood depth, and
 * the community legend when nodes are coloured by community.
 */
import { communityColor, kindColor, quadColor } from '../core/appearance/palette.js';
import { NO_FILTERS, type Filters } from '../core/filters/types.js';
import { QUAD_CLASSES } from '../core/graph/types.js';
import type { App } from './app.js';
import { byId, h } from './dom.js';

type ListKey = 'hiddenKinds' | 'hiddenPredicates' | 'hiddenQuads';

function counts(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function checklist(app: App, key: ListKey, title: string, items: [string, number][], swatch: (v: string) => HTMLElement | null, cls = ''): HTMLElement {
  const hidden = new Set(app.store.state.filters[key]);
  const toggle = (value: string, on: boolean) => {
    const cur = new Set(app.store.state.filters[key]);
    if (on) cur.delete(value);
    else cur.add(value);
    app.store.setFilters({ [key]: [...cur].sort() } as Partial<Filters>);
  };
  return h(
    'fieldset',
    { class: cls, 'data-filter': key },
    h('legend', {}, title),
    ...items.map(([value, n]) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: `${key}-${value.replace(/[^\w-]/g, '_')}`,
          name: key,
          value,
          checked: !hidden.has(value),
          onchange: (e: Event) => toggle(value, (e.target as HTMLInputElement).checked),
        }),
        swatch(value),
        h('span', {}, value),
        h('span', { class: 'count' }, String(n)),
      ),
    ),
  );
}

export function mountFilters(app: App, extra: HTMLElement[]): () => void {
  const root = byId('filters');
  const render = () => {
    const g = app.graph;
    const f = app.store.state.filters;
    const kinds = counts(g.mapNodes((_n, a) => a.kind));
    const preds = counts(g.mapEdges((_e, a) => a.predicate));
    const quads = counts(g.mapEdges((_e, a) => a.quadClass));
    const quadItems = QUAD_CLASSES.filter((q) => quads.has(q)).map((q) => [q, quads.get(q)!] as [string, number]);
    for (const [q, n] of quads) if (!QUAD_CLASSES.includes(q)) quadItems.push([q, n]);
    const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    let maxWeight = 1;
    g.forEachEdge((_e, a) => {
      if (a.weight > maxWeight) maxWeight = a.weight;
    });
    const docs = g.getAttribute('documents');
    const byKind = app.store.state.colorBy === 'kind';

    const parts: (HTMLElement | null)[] = [
      h('h2', {}, 'Filters'),
      checklist(app, 'hiddenKinds', byKind ? 'Entity types (node colour)' : 'Entity types', byCount(kinds), (v) =>
        byKind ? h('span', { class: 'swatch', style: `background:${kindColor(v)}`, 'aria-hidden': 'true' }) : null,
      ),
      byKind ? null : communityLegend(app),
      checklist(app, 'hiddenQuads', 'Quad classes (edge colour)', quadItems, (v) =>
        h('span', { class: 'swatch line', style: `background:${quadColor(v)}`, 'aria-hidden': 'true' }),
      ),
      checklist(app, 'hiddenPredicates', 'Predicates', byCount(preds), () => null, 'preds'),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Minimum weight (evidence count)'),
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'range',
            id: 'min-weight',
            min: 0,
            max: maxWeight,
            step: 1,
            value: f.minWeight,
            'aria-label': 'Minimum edge weight',
            oninput: (e: Event) => {
              const el = e.target as HTMLInputElement;
              el.nextElementSibling!.textContent = el.value;
              app.store.setFilters({ minWeight: Number(el.value) });
            },
          }),
          h('output', { for: 'min-weight' }, String(f.minWeight)),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, h('label', { for: 'article-filter' }, 'Article')),
        h(
          'select',
          {
            id: 'article-filter',
            style: 'width:100%',
            onchange: (e: Event) => app.store.setFilters({ article: (e.target as HTMLSelectElement).value || undefined }),
          },
          h('option', { value: '' }, 'All articles'),
          ...docs.map((d) => h('option', { value: d.id, selected: f.article === d.id }, d.title || d.id)),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, h('label', { for: 'depth-filter' }, 'Only the neighbourhood of the selection')),
        h(
          'select',
          {
            id: 'depth-filter',
            onchange: (e: Event) => {
              const depth = Number((e.target as HTMLSelectElement).value) as Filters['depth'];
              const sel = app.store.state.selected;
              const focus = sel && !sel.startsWith('e:') ? sel : f.focus;
              if (depth > 0 && !focus) {
                app.status('Select a node first');
                (e.target as HTMLSelectElement).value = '0';
                return;
              }
              app.store.setFilters(depth > 0 ? { depth, focus } : { depth: 0, focus: undefined });
            },
          },
          h('option', { value: 0, selected: f.depth === 0 }, 'Off (whole graph)'),
          h('option', { value: 1, selected: f.depth === 1 }, 'Depth 1'),
          h('option', { value: 2, selected: f.depth === 2 }, 'Depth 2'),
        ),
      ),
      h('button', { type: 'button', id: 'reset-filters', onclick: () => app.store.set({ filters: NO_FILTERS }) }, 'Reset filters'),
      ...extra,
    ];
    const focused = document.activeElement?.id;
    root.replaceChildren(...parts.filter((p): p is HTMLElement => !!p));
    if (focused) document.getElementById(focused)?.focus();
  };
  render();
  return render;
}

function communityLegend(app: App): HTMLElement {
  const sizes = counts(app.graph.mapNodes((_n, a) => String(a.community)));
  const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return h(
    'fieldset',
    { class: 'legend' },
    h('legend', {}, 'Communities (largest)'),
    ...top.map(([c, n]) =>
      h(
        'div',
        { class: 'check' },
        h('span', { class: 'swatch', style: `background:${communityColor(Number(c))}` }),
        h('span', {}, `#${c}`),
        h('span', { class: 'count' }, String(n)),
      ),
    ),
  );
}
