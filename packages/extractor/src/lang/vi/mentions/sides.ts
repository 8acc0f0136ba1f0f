/**
 * The sides an entity acts for: a country or body is its own side; a person speaks for the
 * countries and bodies of their stated posts (and of the bodies named in their affiliation).
 */
import type { EntityType } from '../../../schema.js';
import type { DocumentModel } from '../model.js';
import type { EntityTable } from './entity-table.js';
import type { EnsureKnown } from './known.js';

export interface DocumentSides {
  /** The one country or body a unit speaks for: itself if it is one, a person's only stated affiliation otherwise. */
  sideOf(id: string): { id: string; type: EntityType } | undefined;
  /** Two persons' countries (each with exactly one), or two countries as they are; else undefined. */
  countryPair(p: [string, string]): [string, string] | undefined;
  /** Entity id → entity ids it acts for. */
  sides(id: string): Set<string>;
}

export function documentSides(
  entities: EntityTable,
  posts: DocumentModel['posts'],
  extraSides: Map<string, Set<string>>,
  ensureKnown: EnsureKnown,
): DocumentSides {
  const affiliations = (id: string): string[] => (posts.get(id) ?? []).flatMap((p) => (p.affiliation ? [p.affiliation] : []));
  const sideOf = (id: string): { id: string; type: EntityType } | undefined => {
    const type = entities.type(id);
    if (type === 'Country' || type === 'Organization') return { id, type };
    const affs = [...new Set(affiliations(id))];
    return affs.length === 1 ? ensureKnown(affs[0]!) : undefined; // the body may be named only later in the text
  };
  const countryPair = (p: [string, string]): [string, string] | undefined => {
    const c = p.map((id) => {
      const x = sideOf(id);
      return x?.type === 'Country' ? x.id : undefined;
    });
    return c[0] && c[1] && c[0] !== c[1] ? [c[0], c[1]] : undefined;
  };
  const sides = (id: string): Set<string> => new Set([id, ...affiliations(id), ...(extraSides.get(id) ?? [])]);
  return { sideOf, countryPair, sides };
}

/** The one country a person acts for in this document (from the posts stated for them), if exactly one. */
export function personCountry(model: DocumentModel, id: string): string | undefined {
  if (model.entities.type(id) !== 'Person') return undefined;
  const countries = [...model.sides(id)].filter((x) => x !== id && model.entities.type(x) === 'Country');
  return countries.length === 1 ? countries[0] : undefined;
}
