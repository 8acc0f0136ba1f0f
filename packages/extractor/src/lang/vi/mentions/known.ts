/**
 * Gazetteer entities enter the entity table only when the document points at them (a name, a
 * capital's country, a person's affiliation), so lookups by id go through this one door.
 */
import type { EntityType } from '../../../schema.js';
import type { EntityTable } from './entity-table.js';
import type { KnownHit, ViResources } from '../resources.js';

export type EnsureKnown = (id: string, hit?: KnownHit) => { id: string; type: EntityType } | undefined;

/** Adds a known entity (the hit itself when it has that id, else the gazetteer's) on first use; undefined when unknown. */
export function knownEnsurer(entities: EntityTable, res: ViResources): EnsureKnown {
  return (id, hit) => {
    if (!entities.has(id)) {
      const e = hit && hit.id === id ? hit : res.byId(id);
      if (!e) return undefined;
      entities.ensure(id, e.name, e.type, e.wikidata);
    }
    return { id, type: entities.type(id)! };
  };
}
