/**
 * Named meetings: "Hội nghị thượng đỉnh G20", "Thượng đỉnh của Nhóm BRICS", "Hội nghị Bộ
 * trưởng Ngoại giao ASEAN lần thứ 50" — a meeting word (events.tsv), then a known organization
 * or group (or an acronym), then an optional ordinal. The Event is named in English from its
 * parts ("50th ASEAN Foreign Ministers' Meeting"; without an ordinal, the year of the article
 * when known: "2023 BRICS summit"), so the same meeting gets one id in every article.
 */
import { slugify } from '../../../names/slugify.js';
import { PhraseMatcher } from '../../../text/phrases.js';
import { readTsvCells } from '../../../text/tsv.js';
import { escapeRegExp, matchAllNotAfterLetter } from '../../../text/regexp.js';
import { tokenize } from '../../../text/tokens.js';
import { FUNCTION_WORDS } from '../function-words.js';
import type { KnownHit } from '../resources.js';

const ROWS = readTsvCells(new URL('../../../../data/lexicons/vi/events.tsv', import.meta.url), 2).map(([p, k]) => [p!, k!] as [string, string]);
const HEADS = new PhraseMatcher<string>(ROWS);
/** Where a meeting word may start, found before any tokenizing (most of a text has none). */
const OPENING = new RegExp(
  `(?:${[...new Set(ROWS.map(([p]) => p))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{M}])`,
  'giu',
);
const WINDOW = 160;

/** Words allowed between the meeting word and the organization ("của", "Nhóm"), and the "lần thứ" of an ordinal. */
const { 'event-link': LINK, occurrence: TIME, ordinal: NTH } = FUNCTION_WORDS;

const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${s}`;
};

/** Events named in a text, as known hits; `known` are the text's gazetteer hits (sorted by start). */
export function findEvents(text: string, known: KnownHit[], published: string | null): KnownHit[] {
  // only the words after each meeting word are tokenized, in merged windows
  const windows: Array<[number, number]> = [];
  for (const m of matchAllNotAfterLetter(text, OPENING)) {
    const last = windows[windows.length - 1];
    if (last && m.index! <= last[1]) last[1] = m.index! + WINDOW;
    else windows.push([m.index!, m.index! + WINDOW]);
  }
  if (windows.length === 0) return [];
  const tokens = windows.flatMap(([a, b]) => tokenize(text.slice(a, b), a));
  const bodyAt = new Map<number, KnownHit>();
  for (const k of known) if (k.type === 'Organization') bodyAt.set(k.start, k);
  const out: KnownHit[] = [];
  const bases: string[] = []; // body + kind of each event, without ordinal or year
  for (let i = 0; i < tokens.length; i++) {
    const head = HEADS.at(tokens, i);
    if (!head) continue;
    let j = head.end;
    while (j < tokens.length && LINK.has(tokens[j]!.lower)) j++;
    const t = tokens[j];
    if (!t) break;
    const body = bodyAt.get(t.start);
    const acronym = !body && t.upper ? t.text : undefined;
    if (!body && !acronym) continue;
    let end = body ? body.end : t.end;
    let last = body ? tokens.findIndex((x) => x.start >= body.end) - 1 : j;
    if (last < 0) last = tokens.length - 1;
    // "lần thứ 50"
    let nth: number | undefined;
    if (TIME.has(tokens[last + 1]?.lower ?? '') && NTH.has(tokens[last + 2]?.lower ?? '') && tokens[last + 3]?.num) {
      nth = Number(tokens[last + 3]!.text);
      end = tokens[last + 3]!.end;
      last += 3;
    }
    const year = published && /^\d{4}/.test(published) ? published.slice(0, 4) : undefined;
    const what = `${body?.name ?? acronym} ${head.value}`;
    const name = nth ? `${ordinal(nth)} ${what}` : year ? `${year} ${what}` : what;
    out.push({ start: tokens[i]!.start, end, id: slugify(name), name, type: 'Event' });
    bases.push(what);
    i = last;
  }
  // "Hội nghị thượng đỉnh BRICS" after "… BRICS lần thứ 15": the one numbered meeting of that body and kind
  return out.map((e, k) => {
    if (e.name !== bases[k]) return e;
    const numbered = [...new Set(out.filter((x, m) => bases[m] === bases[k] && x.name !== bases[m]).map((x) => x.name))];
    return numbered.length === 1 ? { ...e, id: slugify(numbered[0]!), name: numbered[0]! } : e;
  });
}
