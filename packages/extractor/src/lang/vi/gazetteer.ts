/**
 * ViResources over the shared gazetteer (src/gazetteer): known entities and titles of a
 * Vietnamese text, plus organizations whose acronym the text itself defines
 * ("Tổ chức Hợp tác an ninh châu Âu (OSCE)") and the later uses of that acronym.
 */
import { acronymEntry, entryById, findGazetteerMentions, findTitles, learnAcronyms, type GazetteerEntry } from '../../gazetteer/index.js';
import type { KnownHit, TitleHit, ViResources } from './resources.js';

const hitOf = (start: number, end: number, e: GazetteerEntry): KnownHit => ({
  start, end, id: e.id, name: e.name, type: e.type,
  ...(e.wikidata ? { wikidata: e.wikidata } : {}),
  ...(e.seatOf ? { seatOf: e.seatOf } : {}),
  ...(e.ambiguous ? { ambiguous: true } : {}),
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function entities(text: string): KnownHit[] {
  const hits = findGazetteerMentions(text, 'vi').map((m) => hitOf(m.start, m.end, m.entry));
  const taken = (s: number, e: number): boolean => hits.some((h) => h.start < e && s < h.end);
  for (const def of learnAcronyms(text)) {
    const entry = acronymEntry(def, 'vi');
    if (!entry || entry.type === 'Person') continue;
    if (!taken(def.start, def.end)) hits.push(hitOf(def.start, def.end, entry));
    // every later use of the acronym as a whole word (one regex per defined acronym, not per sentence)
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(def.short)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) if (!taken(m.index!, m.index! + def.short.length)) hits.push(hitOf(m.index!, m.index! + def.short.length, entry));
  }
  return hits.sort((a, b) => a.start - b.start);
}

function titles(text: string): TitleHit[] {
  return findTitles(text, 'vi').map((t) => ({ start: t.start, end: t.end, canonical: t.title.canonical, kind: t.title.kind }));
}

/** The shared gazetteer as the Vietnamese plugin's resources. */
export const gazetteerResources: ViResources = {
  entities,
  titles,
  byId: (id) => {
    const e = entryById(id);
    return e ? { id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}) } : undefined;
  },
};
