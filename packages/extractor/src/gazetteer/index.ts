/**
 * The gazetteer: known countries, organizations, seats of government, places and titles,
 * in Vietnamese and English, from the reviewed data files in data/gazetteer and
 * data/lexicons/titles.tsv (loaded once). See README.md (Gazetteer).
 */
export type { GazetteerEntry, GazetteerMention, TitleEntry, TitleKind, TitleMention, AcronymDefinition } from './types.js';
export { findGazetteerMentions, lookupName, lookupDemonym, entryById, resolveActor, gazetteerEntries } from './lookup.js';
export { findTitles, lookupTitle, titleSurfaces } from './titles.js';
export { learnAcronyms, acronymEntry } from './acronyms.js';
// The one tokenizer's words (text/tokens.ts), under the names the package has always exported.
export { words as tokenize, type Word as Token } from '../text/tokens.js';
export { foldKey } from '../text/fold-key.js';
export { lookupPerson, personsBySurname, postsAt, findPersonNames, people, type PersonEntry, type PersonPost } from './people.js';
