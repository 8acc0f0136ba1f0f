/**
 * TEMPORARY minimal merge, used by pipeline.ts until `mergeExtractions` lands in src/corpus.ts
 * (owned by the gazetteer engineer). Entities merge by id (aliases and mentions unioned);
 * relations merge by `relationKey` (evidence unioned, highest confidence kept).
 * No cross-document identity resolution beyond equal ids. Delete once corpus.ts exists.
 */
import { relationKey, type Entity, type Graph, type Relation } from './schema.js';
import type { DocumentExtraction } from './types.js';

/** Merges per-document extractions into one contract graph (not yet canonically sorted). */
export function mergeExtractions(extractions: DocumentExtraction[]): Graph {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const x of extractions) {
    for (const e of x.entities) {
      const mentions = e.mentions.map(({ entity: _entity, ...m }) => ({ doc: x.document.id, start: m.start, end: m.end, text: m.text }));
      const seen = entities.get(e.id);
      if (!seen) {
        entities.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], ...(e.wikidata ? { wikidata: e.wikidata } : {}), mentions });
        continue;
      }
      seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
      seen.mentions.push(...mentions);
      if (!seen.wikidata && e.wikidata) seen.wikidata = e.wikidata;
    }
    for (const r of x.relations) {
      const key = relationKey(r);
      const seen = relations.get(key);
      if (!seen) { relations.set(key, { ...r, evidence: [...r.evidence] }); continue; }
      seen.evidence.push(...r.evidence);
      seen.confidence = Math.max(seen.confidence, r.confidence);
    }
  }
  return {
    version: 1,
    documents: extractions.map((x) => x.document),
    entities: [...entities.values()].filter((e) => e.mentions.length > 0),
    relations: [...relations.values()],
  };
}
