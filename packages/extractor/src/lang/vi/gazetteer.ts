/**
 * ViResources over the shared gazetteer (src/gazetteer): known entities and titles of a
 * Vietnamese text, plus organizations whose acronym the text itself defines
 * ("Tổ chức Hợp tác an ninh châu Âu (OSCE)") and the later uses of that acronym.
 */
import {
  acronymEntry, entryById, findGazetteerMentions, findPersonNames, findTitles, learnAcronyms, lookupPerson, personsBySurname, postsAt,
  tokenize as gazetteerTokens, type GazetteerEntry, type Token as GazetteerToken,
} from '../../gazetteer/index.js';
import type { KnownHit, TitleHit, ViResources } from './resources.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { tokenize } from '../../text/tokens.js';
import { readTsv } from '../../text/tsv.js';
import { viLexicon } from './lexicon.js';

const anchors: string[] = [];   // lower-cased surfaces: most texts contain none, and are not tokenized again

/** data/lexicons/vi/gazetteer-extra.tsv: extra surfaces of entities the gazetteer has (capitalised ones must be written so). */
const extra = (() => {
  const m = new PhraseMatcher<{ entry: GazetteerEntry; cap: boolean }>();
  anchors.length = 0;
  for (const [surface, id] of readTsv(new URL('../../../data/lexicons/vi/gazetteer-extra.tsv', import.meta.url), 2).slice(1)) {
    const entry = entryById(id!);
    if (!entry) throw new Error(`kg vi: gazetteer-extra.tsv: unknown entity id "${id}" for "${surface}"`);
    m.add(surface!, { entry, cap: surface![0] !== surface![0]!.toLowerCase() });
    anchors.push(surface!.toLowerCase());
  }
  return m;
})();

function extraHits(text: string): KnownHit[] {
  const lower = text.toLowerCase();
  if (!anchors.some((a) => lower.includes(a))) return [];
  const tokens = tokenize(text);
  return extra.all(tokens)
    .filter((x) => !x.value.cap || tokens[x.start]!.cap)
    .map((x) => hitOf(tokens[x.start]!.start, tokens[x.end - 1]!.end, x.value.entry));
}

const hitOf = (start: number, end: number, e: GazetteerEntry): KnownHit => ({
  start, end, id: e.id, name: e.name, type: e.type,
  ...(e.wikidata ? { wikidata: e.wikidata } : {}),
  ...(e.seatOf ? { seatOf: e.seatOf } : {}),
  ...(e.ambiguous ? { ambiguous: true } : {}),
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The gazetteer's tokens of the last text: entities() and titles() run on the same document, tokenize once. */
let lastText = '';
let lastTokens: GazetteerToken[] = [];
function tokensOf(text: string): GazetteerToken[] {
  if (text !== lastText) { lastText = text; lastTokens = gazetteerTokens(text); }
  return lastTokens;
}

/** "Vương quốc Campuchia", "Cộng hòa Ấn Độ": a state's formal style before its name (person-cues.tsv, state-form), longest first. */
let stateForm: RegExp | undefined;
function withStateForm(text: string, h: KnownHit): KnownHit {
  if (h.type !== 'Country') return h;
  stateForm ??= new RegExp(`(?<![\\p{L}\\p{M}])(?:${viLexicon().stateForms.sort((a, b) => b.length - a.length).map(escape).join('|')}) $`, 'u');
  const m = stateForm.exec(text.slice(Math.max(0, h.start - 40), h.start));
  return m ? { ...h, start: h.start - m[0].length } : h;
}

function entities(text: string): KnownHit[] {
  const added = extraHits(text);
  const hits = findGazetteerMentions(text, 'vi', tokensOf(text)).map((m) => withStateForm(text, hitOf(m.start, m.end, m.entry)))
    .filter((h) => !added.some((a) => a.start < h.end && h.start < a.end))
    .concat(added);
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
  return findTitles(text, 'vi', tokensOf(text)).map((t) => ({ start: t.start, end: t.end, canonical: t.title.canonical, kind: t.title.kind }));
}

/** The shared gazetteer as the Vietnamese plugin's resources. */
export const gazetteerResources: ViResources = {
  entities,
  titles,
  byId: (id) => {
    const e = entryById(id);
    return e ? { id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}) } : undefined;
  },
  persons: (text) => findPersonNames(text, tokensOf(text)).map((h) => ({ start: h.start, end: h.end, person: h.entry })),
  person: lookupPerson,
  personsBySurname,
  postsAt: (p, date) => postsAt(p as Parameters<typeof postsAt>[0], date),
};
