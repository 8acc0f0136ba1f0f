/**
 * Coreference of person names: the names of all sentences are clustered first, clusters naming one
 * known person (gazetteer) are joined, and each cluster becomes one Person entity, so every later
 * pass resolves a name through the same cluster → id maps.
 */
import { slugify } from '../../../names/slugify.js';
import { namesMatch } from '../../../names/index.js';
import type { Annotated } from './annotate.js';
import type { EntityTable } from './entity-table.js';
import { knownPersonOf, PersonIndex, type PersonCluster } from './persons.js';
import type { KnownPerson, ViResources } from '../resources.js';

export interface PersonEntities {
  persons: PersonIndex;
  /** Person name as written → its cluster. */
  clusterOf: Map<string, PersonCluster>;
  /** Cluster → the known person it names (gazetteer). */
  knownOf: Map<PersonCluster, KnownPerson>;
  /** Known person id → its (one) cluster. */
  clusterByKnown: Map<string, PersonCluster>;
  /** Cluster → its entity id. */
  idOf: Map<PersonCluster, string>;
}

export function personEntities(annotated: Annotated[], res: ViResources, entities: EntityTable): PersonEntities {
  const persons = new PersonIndex(res.samePerson ?? namesMatch);
  const clusterOf = persons.build(annotated.flatMap((a) => a.persons.map((p) => p.name)));
  const { knownOf, clusterByKnown } = joinKnownClusters(persons, clusterOf, res);
  const idOf = new Map<PersonCluster, string>();
  for (const c of persons.clusters) {
    const e = knownOf.get(c);
    const name = e?.name ?? persons.canonical(c);
    const id = e?.id ?? (slugify(name) || c.key);
    idOf.set(c, id);
    entities.ensure(id, name, 'Person', e?.wikidata);
  }
  return { persons, clusterOf, knownOf, clusterByKnown, idOf };
}

/** "Putin" and "Vladimir Putin" may cluster apart; naming the same known person joins them. */
function joinKnownClusters(persons: PersonIndex, clusterOf: Map<string, PersonCluster>, res: ViResources) {
  const knownOf = new Map<PersonCluster, KnownPerson>();
  const clusterByKnown = new Map<string, PersonCluster>();
  for (const c of [...persons.clusters]) {
    const e = knownPersonOf(c, res);
    if (!e) continue;
    const first = clusterByKnown.get(e.id);
    if (first) {
      persons.merge(first, c, clusterOf);
      continue;
    }
    clusterByKnown.set(e.id, c);
    knownOf.set(c, e);
  }
  return { knownOf, clusterByKnown };
}
