/** The Vietnamese language plugin: one cleaned document in, entities and relations out. */
import type { LanguagePlugin } from '../../types.js';
import { extractVi } from './relations.js';
import { gazetteerResources } from './gazetteer.js';

export const vi: LanguagePlugin = { lang: 'vi', extract: (doc) => extractVi(doc, gazetteerResources) };
export { extractVi } from './relations.js';
export type { ViResources } from './resources.js';
