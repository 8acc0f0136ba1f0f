/**
 * A visit is made to a place; calling on a person is a meeting. "X thăm Hoàng Thái hậu Y",
 * "X đến thăm Giáo chủ Z": X MEET Y, never X VISIT <person> (VISIT takes a country, city or site).
 */
import type { EntityType, Predicate } from '../../schema.js';

export function visitPredicate(pred: Predicate, objectType: EntityType): Predicate {
  return pred === 'VISIT' && objectType === 'Person' ? 'MEET' : pred;
}
