/**
 * Entity scoring for one document: each predicted entity is matched to a gold entity by any
 * shared name (canonical name or surface form, diacritics- and case-insensitive), preferring
 * a gold entity of the same type.
 */
import type { EntityType } from '../src/schema.js';
import type { GoldEntity } from './gold.js';
import { normName } from './normalize.js';

/** A predicted entity as seen in one document. */
export interface PredEntity {
  id: string;
  name: string;
  type: EntityType;
  surfaces: string[]; // mention texts in this document
}

export type EntityOutcome =
  | 'tp' // first match of a required gold entity of the same type
  | 'split' // another predicted entity already took that gold entity (counts as FP)
  | 'wrong-type' // names a gold entity, but with another type (counts as FP)
  | 'optional' // names a borderline gold entity: neither rewarded nor penalised
  | 'fp'; // names nothing in the gold

export interface EntityJudgement {
  pred: PredEntity;
  outcome: EntityOutcome;
  gold?: GoldEntity;
}

export interface EntityScore {
  judgements: EntityJudgement[];
  missed: GoldEntity[]; // required gold entities no prediction matched
  goldOf: Map<string, string>; // predicted id → gold name (for relation scoring)
}

const goldNames = (g: GoldEntity) => new Set([g.name, ...g.surfaces].map(normName));

/** The best gold candidate for `p`: same type first, then a match on the canonical name, then most shared forms. */
function bestCandidate(p: PredEntity, gold: GoldEntity[]): GoldEntity | undefined {
  const forms = new Set([p.name, ...p.surfaces].map(normName).filter(Boolean));
  const scored = gold
    .map((g) => {
      const names = goldNames(g);
      let shared = 0;
      for (const f of forms) if (names.has(f)) shared++;
      return { g, shared, sameType: g.type.includes(p.type), nameHit: names.has(normName(p.name)) };
    })
    .filter((c) => c.shared > 0);
  scored.sort((a, b) => Number(b.sameType) - Number(a.sameType) || Number(b.nameHit) - Number(a.nameHit) || b.shared - a.shared);
  return scored[0]?.g;
}

/** Judges the predicted entities of one document against its gold entities. */
export function scoreEntities(pred: PredEntity[], gold: GoldEntity[]): EntityScore {
  const taken = new Set<GoldEntity>();
  const goldOf = new Map<string, string>();
  const judgements: EntityJudgement[] = [];
  // Entities whose canonical name matches go first, so a split fragment does not take the gold entity.
  const order = [...pred].sort((a, b) => Number(nameMatches(b, gold)) - Number(nameMatches(a, gold)) || a.id.localeCompare(b.id));
  for (const p of order) {
    const g = bestCandidate(p, gold);
    if (!g) {
      judgements.push({ pred: p, outcome: 'fp' });
      continue;
    }
    goldOf.set(p.id, g.name);
    if (g.optional) judgements.push({ pred: p, outcome: 'optional', gold: g });
    else if (!g.type.includes(p.type)) judgements.push({ pred: p, outcome: 'wrong-type', gold: g });
    else if (taken.has(g)) judgements.push({ pred: p, outcome: 'split', gold: g });
    else {
      taken.add(g);
      judgements.push({ pred: p, outcome: 'tp', gold: g });
    }
  }
  const missed = gold.filter((g) => !g.optional && !taken.has(g));
  return { judgements, missed, goldOf };
}

function nameMatches(p: PredEntity, gold: GoldEntity[]): boolean {
  const n = normName(p.name);
  return gold.some((g) => g.type.includes(p.type) && goldNames(g).has(n));
}
