/** The details panel: an entity (type, aliases, posts, relations, articles) or a relation with its evidence. */
import { neighbourGroups, type NeighbourGroup } from '../core/graph/neighbours.js';
import { kindColor, quadColor } from '../core/appearance/palette.js';
import { groupEvidence, type EvidenceEntry } from '../core/evidence/group.js';
import type { App } from './app.js';
import { docTitle, nodeLabel } from './app.js';
import { byId, h } from './dom.js';

const MAX_ITEMS = 40;

const arrow = (g: NeighbourGroup): string => (g.direction === 'out' ? `${g.predicate} →` : g.direction === 'in' ? `← ${g.predicate}` : g.predicate);

function nodeButton(app: App, key: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'linkish', 'data-node': key, onclick: () => app.select(key, { move: true }) }, nodeLabel(app, key));
}

function nodePanel(app: App, node: string): HTMLElement[] {
  const a = app.graph.getNodeAttributes(node);
  const out: HTMLElement[] = [
    h('h2', { id: 'panel-title' }, a.label),
    h(
      'p',
      {},
      h('span', { class: 'kind', style: `background:${kindColor(a.kind)}` }, a.kind),
      ' ',
      a.wikidata ? h('a', { href: `https://www.wikidata.org/wiki/${a.wikidata}`, target: '_blank', rel: 'noopener' }, a.wikidata) : null,
    ),
  ];
  if (!app.hl.vis.nodes.has(node)) out.push(h('p', { class: 'muted' }, 'Hidden by the current filters.'));
  const dl = h(
    'dl',
    {},
    h('dt', {}, 'Mentions'),
    h('dd', {}, String(a.mentions)),
    h('dt', {}, 'Degree'),
    h('dd', {}, String(a.degree)),
    h('dt', {}, 'PageRank'),
    h('dd', {}, a.pagerank.toFixed(4)),
    h('dt', {}, 'Community'),
    h('dd', {}, String(a.community)),
  );
  out.push(dl);
  const aliases = a.aliases.filter((x) => x !== a.label);
  if (aliases.length) out.push(h('h3', {}, 'Also called'), h('p', { class: 'aliases' }, aliases.join(' · ')));
  if (a.positions.length)
    out.push(
      h('h3', {}, 'Positions held'),
      h(
        'ul',
        { class: 'positions' },
        ...a.positions.map((p) =>
          h('li', {}, p.title || '(post)', p.of ? ' — ' : '', p.of ? (app.graph.hasNode(p.of) ? nodeButton(app, p.of) : p.ofLabel) : ''),
        ),
      ),
    );
  const groups = neighbourGroups(app.graph, node);
  if (groups.length) {
    out.push(h('h3', {}, 'Relations'));
    for (const g of groups) {
      const items = g.items.slice(0, MAX_ITEMS).map((it) =>
        h(
          'li',
          {},
          nodeButton(app, it.neighbour),
          it.negated ? h('span', { class: 'muted' }, ' (negated)') : '',
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'linkish evidence-link',
              'data-edge': it.edge,
              'aria-label': `Evidence: ${a.label} ${g.predicate} ${it.label}`,
              onclick: () => app.select(`e:${it.edge}`),
            },
            `evidence (${it.weight})`,
          ),
        ),
      );
      if (g.items.length > MAX_ITEMS) items.push(h('li', { class: 'muted' }, `… ${g.items.length - MAX_ITEMS} more`));
      out.push(
        h(
          'section',
          { class: 'group', 'data-predicate': g.predicate, 'aria-label': `${arrow(g)} (${g.label})` },
          h('h4', { title: g.label }, `${arrow(g)} `, h('span', { class: 'muted' }, `${g.label} · ${g.items.length}`)),
          h('ul', {}, ...items),
        ),
      );
    }
  }
  if (a.articles.length)
    out.push(
      h('h3', {}, 'Articles mentioning it'),
      h(
        'ul',
        { class: 'articles' },
        ...a.articles.map((d) =>
          h(
            'li',
            {},
            h('button', { type: 'button', class: 'linkish', onclick: () => app.openArticle(d, undefined, [a.label, ...a.aliases]) }, docTitle(app, d)),
          ),
        ),
      ),
    );
  return out;
}

function edgePanel(app: App, edge: string): HTMLElement[] {
  const a = app.graph.getEdgeAttributes(edge);
  const [s, t] = app.graph.extremities(edge);
  const out: HTMLElement[] = [
    h('h2', { id: 'panel-title' }, `${a.negated ? 'NOT ' : ''}${a.predicate}`),
    h('p', {}, nodeButton(app, s), ` ${a.symmetric ? '—' : '→'} ${a.label} ${a.symmetric ? '—' : '→'} `, nodeButton(app, t)),
  ];
  const row = (k: string, v: Node | string) => [h('dt', {}, k), h('dd', {}, v)];
  out.push(
    h(
      'dl',
      {},
      ...row('Quad class', h('span', {}, h('span', { class: 'swatch line', style: `background:${quadColor(a.quadClass)}` }), ` ${a.quadClass}`)),
      ...(a.cameo ? row('CAMEO', a.cameo) : []),
      ...row('Topics', a.topics.join(', ') || '—'),
      ...row('Dates', a.dates.join(', ') || '—'),
      ...row('Confidence', a.confidence.toFixed(2)),
      ...row('Weight', String(a.weight)),
      ...(a.attributedTo.length ? row('Claimed by', a.attributedTo.map((x) => nodeLabel(app, x)).join(', ')) : []),
    ),
  );
  const evidence = groupEvidence(a.evidence);
  out.push(h('h3', {}, `Evidence (${evidence.length})`));
  out.push(h('ol', { class: 'evidence' }, ...evidence.map((ev) => evidenceItem(app, ev))));
  return out;
}

/** One sentence with the topics and dates it backs, and a button opening its article. */
function evidenceItem(app: App, ev: EvidenceEntry): HTMLElement {
  const about = [...ev.topics, ...ev.dates].join(' · ');
  return h(
    'li',
    {},
    h('blockquote', {}, ev.sentence),
    about ? h('p', { class: 'muted evidence-about' }, about) : null,
    h(
      'button',
      { type: 'button', class: 'linkish open-article', 'data-doc': ev.doc, onclick: () => app.openArticle(ev.doc, ev) },
      `Open “${docTitle(app, ev.doc)}”`,
    ),
  );
}

/** Renders the panel for the state's selection. */
export function mountPanel(app: App): () => void {
  const panel = byId('panel');
  const render = () => {
    const sel = app.store.state.selected;
    let content: HTMLElement[];
    if (sel?.startsWith('e:') && app.graph.hasEdge(sel.slice(2))) content = edgePanel(app, sel.slice(2));
    else if (sel && app.graph.hasNode(sel)) content = nodePanel(app, sel);
    else content = [h('h2', {}, 'Details'), h('p', { class: 'muted' }, 'Search for an entity or click a node or an edge to read about it here.')];
    panel.replaceChildren(...content);
    panel.scrollTop = 0;
  };
  render();
  return render;
}
