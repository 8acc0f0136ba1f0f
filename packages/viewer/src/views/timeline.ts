/**
 * The timeline: two sliders over the days on which the graph's relations are dated.
 * Relations without a dated year stay visible whatever the range.
 */
import { dateDomain, dayNumber, isoDay } from '../core/timeline/dates.js';
import type { App } from './app.js';
import { byId, h } from './dom.js';

export function mountTimeline(app: App): () => void {
  const root = byId('timeline');
  const render = () => {
    const dates: string[] = [];
    app.graph.forEachEdge((_e, a) => {
      for (const d of a.dates) dates.push(d);
    });
    const domain = dateDomain(dates);
    root.hidden = !domain;
    if (!domain) return root.replaceChildren();
    const [lo, hi] = domain.map(dayNumber);
    const f = app.store.state.filters;
    const from = h('input', {
      type: 'range',
      id: 'date-from',
      min: lo,
      max: hi,
      step: 1,
      value: f.dateFrom ? dayNumber(f.dateFrom) : lo,
      'aria-label': 'From date',
    });
    const to = h('input', { type: 'range', id: 'date-to', min: lo, max: hi, step: 1, value: f.dateTo ? dayNumber(f.dateTo) : hi, 'aria-label': 'To date' });
    const label = h('output', { 'aria-live': 'polite' });
    const show = () => {
      label.textContent = `${isoDay(+from.value)} → ${isoDay(+to.value)}`;
    };
    const apply = () => {
      if (+from.value > +to.value) (document.activeElement === from ? to : from).value = document.activeElement === from ? from.value : to.value;
      show();
      app.store.setFilters({
        dateFrom: +from.value > lo ? isoDay(+from.value) : undefined,
        dateTo: +to.value < hi ? isoDay(+to.value) : undefined,
      });
    };
    from.addEventListener('input', apply);
    to.addEventListener('input', apply);
    show();
    root.replaceChildren(
      h('div', { class: 'range' }, h('span', {}, isoDay(lo)), from, h('span', {}, isoDay(hi))),
      h('div', { class: 'range' }, h('span', {}, 'Timeline'), to, label),
    );
  };
  render();
  return render;
}
