/** The one country a person acts for in this document (from the posts stated for them), if exactly one. */
import type { DocumentModel } from './document.js';

export function personCountry(model: DocumentModel, id: string): string | undefined {
  if (model.entities.type(id) !== 'Person') return undefined;
  const countries = [...model.sides(id)].filter((x) => x !== id && model.entities.type(x) === 'Country');
  return countries.length === 1 ? countries[0] : undefined;
}
