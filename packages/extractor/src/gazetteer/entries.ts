/**
 * Builds the gazetteer's entries from the data files (the thin I/O part: the files are
 * read once, at module load, relative to this module).
 */
import { ENTITY_TYPES, type EntityType } from '../schema.js';
import type { Lang } from '../types.js';
import { slugify } from '../names/slugify.js';
import { buildCountries, type CountryRecord } from './countries.js';
import { flagsCell, listCell, readTsv, type TsvRow } from '../text/tsv.js';
import { words } from '../text/tokens.js';
import { foldKey } from '../text/fold-key.js';
import type { GazetteerEntry, TitleEntry, TitleKind } from './types.js';

const DATA = new URL('../../data/gazetteer/', import.meta.url);
const LEXICONS = new URL('../../data/lexicons/', import.meta.url);
const file = (name: string, dir = DATA) => readTsv(new URL(name, dir));

/** A ministry of the "Bộ <ministry> <country>" pattern. */
export interface MinistryEntry {
  key: string;
  name: string;
  surface: string;
  lang: Lang;
}

/** Key of a whole surface: its word keys joined by spaces (case, tone placement and hyphens ignored). */
export const surfaceKey = (s: string): string =>
  words(s)
    .map((t) => t.key)
    .join(' ');

/**
 * Entries of the files with one entity per row (organizations, seats, places):
 * columns id, name, vi, en, and optionally type, acronym, wikidata, seat_of, flags.
 */
export function rowEntries(rows: TsvRow[], fileName: string, defaultType: EntityType): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const opt = (r: TsvRow, c: string) => {
    try {
      return r.get(c);
    } catch {
      return '';
    }
  };
  for (const r of rows) {
    const id = r.get('id'),
      name = r.get('name');
    if (!id || !name) throw new Error(`kg gazetteer: ${fileName}:${r.line}: id and name are required`);
    const type = (opt(r, 'type') || defaultType) as EntityType;
    if (!ENTITY_TYPES.includes(type)) throw new Error(`kg gazetteer: ${fileName}:${r.line}: unknown type "${type}"`);
    const acronym = opt(r, 'acronym') || undefined;
    const wikidata = opt(r, 'wikidata') || undefined;
    if (wikidata && !/^Q\d+$/.test(wikidata)) throw new Error(`kg gazetteer: ${fileName}:${r.line}: bad wikidata "${wikidata}"`);
    const seatOf = opt(r, 'seat_of') || undefined;
    const ambiguous = flagsCell(opt(r, 'flags')).get('ambiguous') === '1' || undefined;
    const base = { id, name, type, ...(wikidata && { wikidata }), ...(seatOf && { seatOf }), ...(ambiguous && { ambiguous }), ...(acronym && { acronym }) };
    for (const lang of ['vi', 'en'] as const) for (const surface of listCell(r.get(lang))) out.push({ ...base, surface, lang });
    if (acronym) for (const lang of ['vi', 'en'] as const) out.push({ ...base, surface: acronym, lang });
  }
  return out;
}

/**
 * Every gazetteer entry, explicit files first (so they win over generated country names):
 * press country forms, organizations, seats, places, then generated country names. A
 * generated surface claimed by two countries ("Congo") is dropped as ambiguous.
 */
function loadEntries(countries: CountryRecord[]): GazetteerEntry[] {
  const explicitCountry: GazetteerEntry[] = [];
  const generated: GazetteerEntry[] = [];
  for (const c of countries) {
    for (const s of c.surfaces) {
      const e: GazetteerEntry = {
        id: c.id,
        name: c.name,
        type: 'Country',
        ...(c.wikidata && { wikidata: c.wikidata }),
        surface: s.surface,
        lang: s.lang,
        ...(s.ambiguous && { ambiguous: true }),
      };
      (s.generated ? generated : explicitCountry).push(e);
    }
  }
  const owners = new Map<string, Set<string>>();
  for (const e of generated) {
    const k = surfaceKey(e.surface);
    owners.set(k, (owners.get(k) ?? new Set()).add(e.id));
  }
  const unambiguous = generated.filter((e) => owners.get(surfaceKey(e.surface))!.size === 1);
  const all = [
    ...explicitCountry,
    ...rowEntries(file('organizations.tsv'), 'organizations.tsv', 'Organization'),
    ...rowEntries(file('seats.tsv'), 'seats.tsv', 'Location'),
    ...rowEntries(file('places.tsv'), 'places.tsv', 'Location'),
    ...unambiguous,
  ];
  const seen = new Set<string>();
  const unique = all.filter((e) => {
    const k = `${e.id}\u0000${e.lang}\u0000${e.surface}`;
    return !seen.has(k) && !!seen.add(k);
  });
  const ids = new Set(unique.map((e) => e.id));
  for (const e of unique) if (e.seatOf && !ids.has(e.seatOf)) throw new Error(`kg gazetteer: seats.tsv: "${e.id}" is the seat of unknown id "${e.seatOf}"`);
  return unique;
}

function loadMinistries(): MinistryEntry[] {
  return file('ministries.tsv').flatMap((r) =>
    (['vi', 'en'] as const).flatMap((lang) => listCell(r.get(lang)).map((surface) => ({ key: r.get('key'), name: r.get('name'), surface, lang }))),
  );
}

function loadTitles(): TitleEntry[] {
  return file('titles.tsv', LEXICONS).map((r) => {
    const lang = r.get('lang'),
      kind = r.get('kind');
    if (lang !== 'vi' && lang !== 'en') throw new Error(`kg gazetteer: titles.tsv:${r.line}: lang must be vi or en`);
    if (!['title', 'honorific', 'modifier'].includes(kind)) throw new Error(`kg gazetteer: titles.tsv:${r.line}: kind must be title, honorific or modifier`);
    return { surface: r.get('surface'), lang, canonical: r.get('canonical'), kind: kind as TitleKind };
  });
}

function loadOrgHeads(): Record<Lang, Set<string>> {
  const out: Record<Lang, Set<string>> = { vi: new Set(), en: new Set() };
  for (const r of file('org-heads.tsv')) out[r.get('lang') as Lang]?.add(surfaceKey(r.get('head')));
  return out;
}

/** Word keys of the lower-case words allowed inside an organization's name (any language). */
function loadNameConnectors(): Set<string> {
  return new Set(file('name-connectors.tsv').map((r) => foldKey(r.get('word'))));
}

/** English demonym → country id ("Russian" → "russia"). */
function loadDemonyms(countries: CountryRecord[]): Map<string, string> {
  const byCode = new Map(countries.map((c) => [c.alpha2, c.id]));
  const out = new Map<string, string>();
  for (const r of file('demonyms.tsv')) {
    const id = byCode.get(r.get('alpha2'));
    if (!id) throw new Error(`kg gazetteer: demonyms.tsv:${r.line}: unknown alpha2 "${r.get('alpha2')}"`);
    for (const d of listCell(r.get('demonyms'))) if (!out.has(d)) out.set(d, id);
  }
  return out;
}

const COUNTRIES = buildCountries(file('countries.tsv'), file('countries-vi-extra.tsv'));

/** The loaded data, read once. */
export const DATA_SET = {
  entries: loadEntries(COUNTRIES),
  demonyms: loadDemonyms(COUNTRIES),
  ministries: loadMinistries(),
  titles: loadTitles(),
  orgHeads: loadOrgHeads(),
  nameConnectors: loadNameConnectors(),
};

export { slugify, foldKey };
