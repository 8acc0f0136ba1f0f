/**
 * Countries from real name sources: the ISO 3166-1 alpha-2 code list of
 * i18n-iso-countries, display names from Intl.DisplayNames (CLDR) in English and
 * Vietnamese, the package's own en/vi names and aliases, then the reviewed
 * overrides (countries.tsv) and press short forms (countries-vi-extra.tsv).
 */
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';
import { slugify } from '../names/slugify.js';
import { flagsCell, type TsvRow } from '../text/tsv.js';

const require = createRequire(import.meta.url);

/** A country and its surface forms. */
export interface CountryRecord {
  alpha2: string;
  id: string;
  name: string;
  wikidata?: string;
  surfaces: Array<{ surface: string; lang: Lang; ambiguous: boolean; generated: boolean }>;
}

type LocaleNames = Record<string, string | string[]>;
const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** CLDR display names carry forms that are not how a name is written in running text. */
function cleanDisplayName(name: string): string {
  return name
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/\s+SAR China$/, '')
    .replace(/^St\. /, 'Saint ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A generated surface is usable only if it reads like a name (no "Korea, Republic of"). */
const usableSurface = (s: string): boolean => s.length > 1 && !/[,()]/.test(s);

/** Builds the country records; `overrides` are countries.tsv rows, `extras` countries-vi-extra.tsv rows. */
export function buildCountries(overrides: TsvRow[], extras: TsvRow[]): CountryRecord[] {
  const codes = (require('i18n-iso-countries/codes.json') as string[][]).map((c) => c[0]);
  const pkgNames: Record<Lang, LocaleNames> = {
    en: (require('i18n-iso-countries/langs/en.json') as { countries: LocaleNames }).countries,
    vi: (require('i18n-iso-countries/langs/vi.json') as { countries: LocaleNames }).countries,
  };
  const display: Record<Lang, Intl.DisplayNames> = {
    en: new Intl.DisplayNames(['en'], { type: 'region' }),
    vi: new Intl.DisplayNames(['vi'], { type: 'region' }),
  };
  const over = new Map(overrides.map((r) => [r.get('alpha2'), r]));
  const skip = new Set(overrides.filter((r) => flagsCell(r.get('flags')).get('skip') === '1').map((r) => r.get('alpha2')));
  const allCodes = [...codes, ...[...over.keys()].filter((c) => !codes.includes(c))].filter((c) => !skip.has(c));

  const records = allCodes.map((alpha2): CountryRecord => {
    const o = over.get(alpha2);
    const name = o?.get('name') || cleanDisplayName(display.en.of(alpha2) ?? alpha2);
    const rec: CountryRecord = { alpha2, id: slugify(name), name, surfaces: [] };
    const qid = o?.get('wikidata');
    if (qid) rec.wikidata = qid;
    const add = (surface: string, lang: Lang) => {
      if (usableSurface(surface)) rec.surfaces.push({ surface, lang, ambiguous: false, generated: true });
    };
    add(name, 'en');
    for (const lang of ['en', 'vi'] as const) {
      const shown = display[lang].of(alpha2);
      if (shown && shown !== alpha2) {
        add(shown, lang);
        add(cleanDisplayName(shown), lang);
      }
      for (const s of asList(pkgNames[lang][alpha2])) add(s, lang);
    }
    return rec;
  });

  const byCode = new Map(records.map((r) => [r.alpha2, r]));
  for (const row of extras) {
    const rec = byCode.get(row.get('alpha2'));
    if (!rec) throw new Error(`kg gazetteer: countries-vi-extra.tsv:${row.line}: unknown alpha2 "${row.get('alpha2')}"`);
    const lang = row.get('lang');
    if (lang !== 'vi' && lang !== 'en') throw new Error(`kg gazetteer: countries-vi-extra.tsv:${row.line}: lang must be vi or en, not "${lang}"`);
    rec.surfaces.unshift({ surface: row.get('surface'), lang, ambiguous: flagsCell(row.get('flags')).get('ambiguous') === '1', generated: false });
  }
  return records;
}
