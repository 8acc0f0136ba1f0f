/** Reads the searchable texts of every node of the graph (name, aliases, titles held). */
import type { KGraph } from '../graph/types.js';
import type { SearchEntry } from './index.js';

export function searchEntries(graph: KGraph): SearchEntry[] {
  const out: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    const importance = a.pagerank || a.degree;
    out.push({ node, label: a.label, text: a.label, field: 'name', importance });
    for (const alias of a.aliases) if (alias !== a.label) out.push({ node, label: a.label, text: alias, field: 'alias', importance });
    for (const p of a.positions) {
      if (!p?.title) continue;
      const of = p.of && graph.hasNode(p.of) ? graph.getNodeAttribute(p.of, 'label') : p.of;
      for (const title of [p.title, ...p.titleAliases]) out.push({ node, label: a.label, text: of ? `${title} ${of}` : title, field: 'position', importance });
    }
  });
  return out;
}
