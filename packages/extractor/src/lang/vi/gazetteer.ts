/**
 * ViResources over the shared gazetteer (src/gazetteer): known entities and titles of a
 * Vietnamese text, plus organizations whose acronym the text itself defines
 * ("Tổ chức Hợp tác an ninh châu Âu (OSCE)") and the later uses of that acronym.
 */
import {
  acronymEntry,
  entryById,
  findGazetteerMentions,
  lookupName,
  findPersonNames,
  findTitles,
  learnAcronyms,
  lookupPerson,
  personsBySurname,
  postsAt,
  type GazetteerEntry,
  type Token as GazetteerToken,
} from '../../gazetteer/index.js';
import { DATA_SET, surfaceKey } from '../../gazetteer/entries.js';
import { slugify } from '../../names/slugify.js';
import type { KnownHit, TitleHit, ViResources } from './resources.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { tokenize } from '../../text/tokens.js';
import { readTsvCells } from '../../text/tsv.js';
import { viLexicon } from './lexicon.js';
import { documentWords } from './tokens.js';
import { escapeRegExp, matchAllNotAfterLetter } from '../../text/regexp.js';

const anchors: string[] = []; // lower-cased surfaces: most texts contain none, and are not tokenized again

/** data/lexicons/vi/gazetteer-extra.tsv: extra surfaces of entities the gazetteer has (capitalised ones must be written so). */
const extra = (() => {
  const m = new PhraseMatcher<{ entry: GazetteerEntry; cap: boolean }>();
  anchors.length = 0;
  for (const [surface, id] of readTsvCells(new URL('../../../data/lexicons/vi/gazetteer-extra.tsv', import.meta.url), 2)) {
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
  return extra
    .all(tokens)
    .filter((x) => !x.value.cap || tokens[x.start]!.cap)
    .map((x) => hitOf(tokens[x.start]!.start, tokens[x.end - 1]!.end, x.value.entry));
}

const hitOf = (start: number, end: number, e: GazetteerEntry): KnownHit => ({
  start,
  end,
  id: e.id,
  name: e.name,
  type: e.type,
  ...(e.wikidata ? { wikidata: e.wikidata } : {}),
  ...(e.seatOf ? { seatOf: e.seatOf } : {}),
  ...(e.ambiguous ? { ambiguous: true } : {}),
});

/** The gazetteer's tokens of the last text: entities() and titles() run on the same document, and the sentences reuse its tokens. */
let lastText = '';
let lastTokens: GazetteerToken[] = [];
function tokensOf(text: string): GazetteerToken[] {
  if (text !== lastText) {
    lastText = text;
    lastTokens = documentWords(text);
  }
  return lastTokens;
}

/** "Vương quốc Campuchia", "Cộng hòa Ấn Độ": a state's formal style before its name (person-cues.tsv, state-form), longest first. */
let stateForm: RegExp | undefined;
function withStateForm(text: string, h: KnownHit): KnownHit {
  if (h.type !== 'Country') return h;
  stateForm ??= new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${viLexicon()
      .stateForms.sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')}) $`,
    'u',
  );
  const m = stateForm.exec(text.slice(Math.max(0, h.start - 40), h.start));
  return m ? { ...h, start: h.start - m[0].length } : h;
}

/**
 * "Quốc hội Vương quốc Campuchia": a national body before a country written with its style is that
 * country's body (ministries.tsv), as "Quốc hội Campuchia" is. Returns the body's hit, or the country's.
 */
/** Up to four words ending right before a country's name. */
const WORDS_BEFORE = /(?:\p{Lu}[\p{L}\p{M}]*|[\p{Ll}\p{M}]+)(?: [\p{L}\p{M}]+){0,3} $/u;

function bodyBeforeStateForm(text: string, country: KnownHit, nameStart: number): KnownHit {
  if (country.start === nameStart) return country;
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, country.start - 40), country.start));
  if (!before) return country;
  const probe = `${before[0]}${text.slice(nameStart, country.end)}`;
  const body = findGazetteerMentions(probe, 'vi').find((m) => m.end === probe.length && m.entry.type === 'Organization');
  if (!body) return country;
  return hitOf(country.start - before[0].length + body.start, country.end, body.entry);
}

function entities(text: string): KnownHit[] {
  const added = extraHits(text);
  const hits = findGazetteerMentions(text, 'vi', tokensOf(text))
    .map((m) => {
      const h = hitOf(m.start, m.end, m.entry);
      const styled = withStateForm(text, h);
      return bodyBeforeStateForm(text, styled, h.start);
    })
    .filter((h) => !added.some((a) => a.start < h.end && h.start < a.end))
    .concat(added);
  const taken = (s: number, e: number): boolean => hits.some((h) => h.start < e && s < h.end);
  const documents: Array<[number, number]> = [];
  for (const def of learnAcronyms(text)) {
    // "Công ước Liên hợp quốc về Luật Biển (UNCLOS)": a treaty or declaration is no actor, nor are the bodies named in its title
    const entry = acronymEntry(def, 'vi');
    const byShort = lookupName(def.short, 'vi');
    // "… ở Biển Đông (DOC)": a place is never defined by an acronym; the acronym names something larger around it
    if (!byShort && (entry.type === 'Location' || entry.type === 'Country')) continue;
    const title = byShort || entryById(entry.id) ? undefined : documentTitleStart(text, Math.max(def.end, def.start + 1));
    // "… với Liên minh Hải quan Nam Phi (SACU)": a body's name after a document word in the clause is still a body
    const body = def.start < def.shortStart && title !== def.start && startsWithOrgHead(def.long);
    if (title !== undefined && !body) {
      documents.push([title, def.shortEnd]);
      continue;
    }
    if (!entry || entry.type === 'Person') continue;
    // a new body's name holds the names inside it ("Liên minh Hải quan Nam Phi"): they are not mentions of their own
    if (!entryById(entry.id)) for (let k = hits.length - 1; k >= 0; k--) if (def.start <= hits[k]!.start && hits[k]!.end <= def.end) hits.splice(k, 1);
    if (!taken(def.start, def.end)) hits.push(hitOf(def.start, def.end, entry));
    // every later use of the acronym as a whole word (one regex per defined acronym, not per sentence)
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(def.short)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) if (!taken(m.index!, m.index! + def.short.length)) hits.push(hitOf(m.index!, m.index! + def.short.length, entry));
  }
  for (const h of groupHits(text)) {
    // "ASEAN+3" is more than ASEAN
    for (let k = hits.length - 1; k >= 0; k--)
      if (h.start <= hits[k]!.start && hits[k]!.end <= h.end && hits[k]!.end - hits[k]!.start < h.end - h.start) hits.splice(k, 1);
    if (!taken(h.start, h.end)) hits.push(h);
  }
  return hits.filter((h) => h.type === 'Location' || !documents.some(([a, b]) => a <= h.start && h.end <= b)).sort((a, b) => a.start - b.start);
}

/**
 * "nhóm P5+1", "khối E3": a code of letters and digits after a group word (person-cues.tsv, group) names a
 * group of states, an Organization; its later uses in the text too. Codes the gazetteer knows (G7, G20) are its own.
 */
let groupCode: RegExp | undefined;
function groupHits(text: string): KnownHit[] {
  groupCode ??= new RegExp(
    `(?:${viLexicon().groupWords.map(escapeRegExp).join('|')}) (\\p{Lu}[\\p{Lu}\\d]*\\d[\\p{Lu}\\d]*(?:\\+\\d+)?|\\p{Lu}{2,}\\+\\d+)(?![\\p{L}\\p{N}+])`,
    'giu',
  );
  const out: KnownHit[] = [];
  const codes = new Set<string>();
  for (const m of matchAllNotAfterLetter(text, groupCode)) if (!lookupName(m[1]!, 'vi')) codes.add(m[1]!);
  for (const code of codes) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(code)}(?![\\p{L}\\p{N}+])`, 'gu');
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + code.length, id: slugify(code), name: code, type: 'Organization' });
  }
  return out;
}

/** Does a long form begin with the head word of a body's name (org-heads.tsv: "Liên minh", "Ủy ban", …)? */
function startsWithOrgHead(long: string): boolean {
  const words = long.split(/\s+/);
  return [1, 2, 3].some((n) => n <= words.length && DATA_SET.orgHeads.vi.has(surfaceKey(words.slice(0, n).join(' '))));
}

/** person-cues.tsv, document: "Công ước", "Tuyên bố", … ; the last one capitalised before `at` in the same clause. */
let documentHead: RegExp | undefined;
function documentTitleStart(text: string, at: number): number | undefined {
  documentHead ??= new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${viLexicon()
      .documentHeads.sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{M}])[^,.;:!?()\\n]*$`,
    'u',
  );
  const from = Math.max(0, at - 160);
  const m = documentHead.exec(text.slice(from, at));
  return m ? from + m.index : undefined;
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
