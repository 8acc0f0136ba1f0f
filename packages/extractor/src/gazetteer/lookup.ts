/**
 * Gazetteer look-ups: mentions of known entities in a text, a surface's entry,
 * an entry by id, and a seat of government resolved to the country it stands for.
 */
import type { Lang } from '../types.js';
import { slugify } from '../names/slugify.js';
import { DATA_SET, surfaceKey, type MinistryEntry } from './entries.js';
import { Matcher, type TokenMatch } from './matcher.js';
import { words, type Word } from '../text/tokens.js';
import type { GazetteerEntry, GazetteerMention } from './types.js';

const CAPITALISED = /^\p{Lu}/u;

/** Vietnamese text is matched with vi and en surfaces (the press keeps "Washington", "NATO"); English text with en only. */
function buildMatchers(): Record<Lang, Matcher<GazetteerEntry>> {
  const vi = new Matcher<GazetteerEntry>(),
    en = new Matcher<GazetteerEntry>();
  for (const e of DATA_SET.entries) if (e.lang === 'vi') vi.add(e.surface, e);
  for (const e of DATA_SET.entries)
    if (e.lang === 'en') {
      vi.add(e.surface, e);
      en.add(e.surface, e);
    }
  return { vi, en };
}
const MATCHERS = buildMatchers();

const MINISTRIES: Record<Lang, Matcher<MinistryEntry>> = { vi: new Matcher(), en: new Matcher() };
for (const m of DATA_SET.ministries) MINISTRIES[m.lang].add(m.surface, m, 'initial');

const DEMONYMS = new Matcher<string>();
for (const [d, id] of DATA_SET.demonyms) DEMONYMS.add(d, id, 'exact');

// The words a ministry pattern can start with besides a country: a ministry's first word, and in
// English a demonym's ("Russian Foreign Ministry"). One look-up rules out most words of a text.
const MINISTRY_STARTS: Record<Lang, Set<string>> = {
  vi: new Set(MINISTRIES.vi.firstKeys()),
  en: new Set([...MINISTRIES.en.firstKeys(), ...DEMONYMS.firstKeys()]),
};

const BY_ID = new Map<string, GazetteerEntry>();
for (const e of DATA_SET.entries) if (!BY_ID.has(e.id) || e.surface === e.name) BY_ID.set(e.id, e);

const BY_SURFACE: Record<Lang, Map<string, GazetteerEntry>> = { vi: new Map(), en: new Map() };
for (const e of DATA_SET.entries) {
  const k = surfaceKey(e.surface);
  for (const lang of e.lang === 'en' ? (['en', 'vi'] as const) : (['vi'] as const)) if (!BY_SURFACE[lang].has(k)) BY_SURFACE[lang].set(k, e);
}

/** The ministry entity for a ministry and a country entry ("Ministry of Defence of Russia"). */
function ministryOf(m: MinistryEntry, country: GazetteerEntry, surface: string, lang: Lang): GazetteerEntry {
  const name = `${m.name} of ${country.name}`;
  return { id: slugify(`${m.key}-of-${country.id}`), name, type: 'Organization', surface, lang };
}

const isCountry = (m: TokenMatch<GazetteerEntry> | undefined): m is TokenMatch<GazetteerEntry> => m?.value.type === 'Country';

/** A ministry pattern matched over tokens up to `last`: the ministry and the country it is of. */
interface MinistryMatch {
  last: number;
  end: number;
  ministry: MinistryEntry;
  country: GazetteerEntry;
}

/**
 * A "<ministry> <country>" (vi), "<ministry> of <country>" or "<country>'s <ministry>" (en)
 * match starting at token i; `here` is the entity match at token i, already found by the caller.
 * (Plain data, no closure: a closure would make every call, at every word, allocate its context.)
 */
function ministryAt(text: string, toks: Word[], i: number, lang: Lang, here: TokenMatch<GazetteerEntry> | undefined): MinistryMatch | undefined {
  if (!MINISTRY_STARTS[lang].has(toks[i].key) && !(lang === 'en' && isCountry(here))) return undefined;
  const gaz = MATCHERS[lang];
  const m = MINISTRIES[lang].matchAt(text, toks, i);
  if (m) {
    let next = m.last + 1;
    if (lang === 'en' && toks[next]?.key === 'of') next++;
    if (lang === 'en' && toks[next]?.key === 'the') next++;
    const c = next < toks.length && /^\s+$/.test(text.slice(toks[next - 1].end, toks[next].start)) ? gaz.matchAt(text, toks, next) : undefined;
    if (isCountry(c)) return { last: c.last, end: c.end, ministry: m.value, country: c.value };
  }
  if (lang === 'en') {
    // "Russian Foreign Ministry"
    const d = DEMONYMS.matchAt(text, toks, i);
    const m3 = d && d.last + 1 < toks.length ? MINISTRIES.en.matchAt(text, toks, d.last + 1) : undefined;
    const country = d && BY_ID.get(d.value);
    if (m3 && country) return { last: m3.last, end: m3.end, ministry: m3.value, country };
    const c = here;
    if (isCountry(c) && toks[c.last + 1]?.key === 's' && /^['\u2019]$/.test(text.slice(toks[c.last].end, toks[c.last + 1].start))) {
      const after = c.last + 2;
      const m2 = after < toks.length ? MINISTRIES.en.matchAt(text, toks, after) : undefined;
      if (m2) return { last: m2.last, end: m2.end, ministry: m2.value, country: c.value };
    }
  }
  return undefined;
}

/**
 * Known entities mentioned in a text: longest-leftmost, non-overlapping, on word
 * boundaries (a Vietnamese syllable with diacritics is one word). Case rules: acronyms
 * exactly ("NATO", "US"), capitalised names need a capital first letter ("Mỹ", not the
 * "mỹ" of "thẩm mỹ"), lower-case surfaces ("châu Âu") any case. Seats of government come
 * back as Locations with `seatOf`; ambiguous surfaces ("Anh") with `ambiguous: true`.
 * Ministries are composed from the pattern "Bộ Ngoại giao Nga" / "Russia's Foreign Ministry".
 * Pass `tokens` (from `words(text)`) to share one tokenization between several finders.
 */
export function findGazetteerMentions(text: string, lang: Lang, tokens: Word[] = words(text)): GazetteerMention[] {
  const toks = tokens;
  const out: GazetteerMention[] = [];
  const gaz = MATCHERS[lang];
  for (let i = 0; i < toks.length; ) {
    const e = gaz.matchAt(text, toks, i);
    const m = ministryAt(text, toks, i, lang, e);
    let last: number, end: number, entry: GazetteerEntry;
    const start = toks[i].start;
    if (m && (!e || m.last > e.last)) {
      ({ last, end } = m);
      entry = ministryOf(m.ministry, m.country, text.slice(start, end), lang);
    } else if (e) {
      ({ last, end } = e);
      entry = e.value;
    } else {
      i++;
      continue;
    }
    out.push({ start, end, text: text.slice(start, end), entry });
    i = last + 1;
  }
  return out;
}

/**
 * The entry whose surface is exactly this name (case, tone placement and hyphens ignored;
 * acronyms must be upper-case), or undefined. "Liên Hợp Quốc" → United Nations;
 * "Bộ Ngoại giao Nga" → Ministry of Foreign Affairs of Russia.
 */
export function lookupName(surface: string, lang: Lang): GazetteerEntry | undefined {
  const hits = findGazetteerMentions(surface.trim(), lang);
  if (hits.length === 1 && hits[0].start === 0 && hits[0].end === surface.trim().length) return hits[0].entry;
  const e = BY_SURFACE[lang].get(surfaceKey(surface));
  // A lower-case lookup of a capitalised or acronym surface is not the name ("nato", "mỹ").
  return e && CAPITALISED.test(surface.trim()) ? e : undefined;
}

/**
 * The country of an English demonym ("Russian" → Russia, "North Korean" → North Korea),
 * or undefined. Case-sensitive: "american" is not a demonym.
 */
export function lookupDemonym(word: string): GazetteerEntry | undefined {
  const id = DATA_SET.demonyms.get(word.trim());
  return id ? BY_ID.get(id) : undefined;
}

/** The representative entry of an id (its canonical-name surface when listed), or undefined. */
export function entryById(id: string): GazetteerEntry | undefined {
  return BY_ID.get(id);
}

/**
 * What a mention stands for when it acts (subject of a verb): a seat of government
 * becomes its country ("Điện Kremlin" → Russia); anything else is itself.
 */
export function resolveActor(entry: GazetteerEntry): GazetteerEntry {
  return entry.seatOf ? (BY_ID.get(entry.seatOf) ?? entry) : entry;
}

/** All entries (one per surface), for statistics and tests. */
export function gazetteerEntries(): readonly GazetteerEntry[] {
  return DATA_SET.entries;
}
