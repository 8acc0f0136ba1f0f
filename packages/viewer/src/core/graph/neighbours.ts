/**
 * A node's relations grouped by predicate and direction, for the details panel:
 * "MEET" (symmetric), "CRITICIZE →" (the node is the subject), "← CRITICIZE" (the object).
 */
import type { KGraph } from './types.js';

export type Direction = 'both' | 'out' | 'in';
export interface NeighbourItem {
  edge: string;
  neighbour: string;
  label: string;
  weight: number;
  negated: boolean;
}
export interface NeighbourGroup {
  predicate: string;
  label: string;
  direction: Direction;
  items: NeighbourItem[];
}

const ORDER: Record<Direction, number> = { both: 0, out: 1, in: 2 };

export function neighbourGroups(graph: KGraph, node: string): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  graph.forEachEdge(node, (edge, a, s, t) => {
    if (s === t) return;
    const direction: Direction = a.symmetric ? 'both' : s === node ? 'out' : 'in';
    const neighbour = s === node ? t : s;
    const k = `${a.predicate}|${direction}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { predicate: a.predicate, label: a.label, direction, items: [] }));
    g.items.push({ edge, neighbour, label: graph.getNodeAttribute(neighbour, 'label'), weight: a.weight, negated: a.negated });
  });
  for (const g of groups.values()) g.items.sort((x, y) => y.weight - x.weight || x.label.localeCompare(y.label));
  return [...groups.values()].sort((x, y) => x.predicate.localeCompare(y.predicate) || ORDER[x.direction] - ORDER[y.direction]);
}
