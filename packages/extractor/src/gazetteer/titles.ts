/**
 * Titles and forms of address in a text ("Ngoại trưởng", "Tổng thư ký", "ông",
 * "cựu"; "Foreign Minister", "Mr"), from data/lexicons/titles.tsv.
 */
import type { Lang } from '../types.js';
import { DATA_SET, surfaceKey } from './entries.js';
import { defaultCaseRule, Matcher } from './matcher.js';
import { words, type Word } from '../text/tokens.js';
import type { TitleEntry, TitleMention } from './types.js';

/** Vietnamese press writes titles both ways ("Ngoại trưởng", "ngoại trưởng"); English titles need a capital ("General", not "general"). */
const MATCHERS: Record<Lang, Matcher<TitleEntry>> = { vi: new Matcher(), en: new Matcher() };
for (const t of DATA_SET.titles) {
  const rule = t.lang === 'vi' || t.kind === 'modifier' ? 'any' : defaultCaseRule(t.surface);
  MATCHERS[t.lang].add(t.surface, t, rule);
}
const BY_SURFACE: Record<Lang, Map<string, TitleEntry>> = { vi: new Map(), en: new Map() };
for (const t of DATA_SET.titles) if (!BY_SURFACE[t.lang].has(surfaceKey(t.surface))) BY_SURFACE[t.lang].set(surfaceKey(t.surface), t);

const startsUpper = (t: Word | undefined): boolean => !!t && t.text[0] !== t.text[0].toLowerCase();

/**
 * Titles, honorifics and modifiers in a text, longest match first ("Phó Thủ tướng" is one
 * title). To keep ordinary words out ("ông bà", "nhân quyền", "nguyên nhân"), an honorific
 * is reported only when a capitalised word or a title follows it, and a modifier ("cựu",
 * "former") only when a title follows it. `tokens` as for findGazetteerMentions.
 */
export function findTitles(text: string, lang: Lang, tokens: Word[] = words(text)): TitleMention[] {
  const toks = tokens;
  const m = MATCHERS[lang];
  const raw: Array<TitleMention & { first: number; last: number }> = [];
  for (let i = 0; i < toks.length; ) {
    const hit = m.matchAt(text, toks, i);
    if (!hit) {
      i++;
      continue;
    }
    const start = toks[i].start,
      end = hit.end;
    raw.push({ start, end, text: text.slice(start, end), title: hit.value, first: i, last: hit.last });
    i = hit.last + 1;
  }
  const out: TitleMention[] = [];
  for (let k = raw.length - 1; k >= 0; k--) {
    const r = raw[k];
    const next = raw[k + 1];
    const titleFollows = !!next && next.first === r.last + 1 && (next.title.kind === 'title' || out.some((o) => o.start === next.start));
    const keep =
      r.title.kind === 'title' ||
      (r.title.kind === 'modifier' && titleFollows) ||
      (r.title.kind === 'honorific' && (titleFollows || startsUpper(toks[r.last + 1])));
    if (keep) out.unshift({ start: r.start, end: r.end, text: r.text, title: r.title });
  }
  return out;
}

/** The title entry of an exact surface ("bộ trưởng ngoại giao" → Foreign Minister), or undefined. */
export function lookupTitle(surface: string, lang: Lang): TitleEntry | undefined {
  return BY_SURFACE[lang].get(surfaceKey(surface));
}

/**
 * Every surface, in both languages, of the post whose canonical title is `canonical`
 * ("Foreign Minister" → "Ngoại trưởng", "Bộ trưởng Ngoại giao", "Minister of Foreign Affairs", …),
 * so a post stored in English can be found by its Vietnamese name.
 */
export function titleSurfaces(canonical: string): string[] {
  const out = new Set<string>();
  for (const t of DATA_SET.titles) if (t.kind === 'title' && t.canonical === canonical) out.add(t.surface);
  return [...out].sort();
}
