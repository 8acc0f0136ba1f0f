/**
 * Known people (data/gazetteer/people.tsv, read once at module load): heads of state and
 * government, ministers, heads of international bodies and armed groups, with their other
 * spellings (Vietnamese press forms included) and dated posts. An actor dictionary in the
 * manner of event coders: lookups by full name or alias, candidates by surname, posts at a date.
 */
import { readTsv } from '../text/tsv.js';
import { DATA_SET } from './entries.js';
import { entryById } from './lookup.js';
import { defaultCaseRule, Matcher } from './matcher.js';
import { words, type Word } from '../text/tokens.js';
import { foldDiacritics } from '../names/slugify.js';
import { dateBounds, parsePeople, personKey, type PersonEntry, type PersonPost, type PersonRecord } from './people-rows.js';

const LOWER_INITIAL = /^\p{Ll}/u;

export type { PersonEntry, PersonPost } from './people-rows.js';

const TITLES = new Set(DATA_SET.titles.filter((t) => t.kind === 'title').map((t) => t.canonical));
const RECORDS: PersonRecord[] = parsePeople(
  readTsv(new URL('../../data/gazetteer/people.tsv', import.meta.url)),
  'people.tsv',
  (id) => !!entryById(id),
  TITLES,
);

/**
 * Forms used alone for a person from one of their names: the family name, with lower-case
 * particles ("von der Leyen"). With `family` (the family name of an eastern-order name, "Lai"),
 * a surface is read family-name first unless it ends with that name ("William Lai").
 */
export function surnameForms(surface: string, family?: string): string[] {
  const words = surface.trim().split(/\s+/);
  if (words.length === 1) return words;
  if (family !== undefined && personKey(words[words.length - 1]) !== personKey(family)) return [words[0]];
  const last = words.length - 1;
  let first = last;
  while (first > 1 && LOWER_INITIAL.test(words[first - 1])) first--;
  return first === last ? [words[last]] : [words.slice(first).join(' '), words[last]];
}

function addTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

const BY_KEY = new Map<string, PersonEntry[]>();
const BY_SURNAME = new Map<string, PersonEntry[]>();
const BY_SHORT = new Map<string, PersonEntry[]>();
const MATCHER = new Matcher<PersonEntry>();
for (const r of RECORDS) {
  const { entry } = r;
  // A spelling shared with another person ('~' in the data) is never resolved alone.
  const names = [entry.name, ...entry.aliases].filter((n) => !r.shared.includes(n));
  for (const n of names) addTo(BY_KEY, personKey(n), entry);
  const family = r.eastern ? entry.name.split(/\s+/)[0] : undefined;
  if (!r.nosurname) for (const n of names.flatMap((n) => surnameForms(n, family))) addTo(BY_SURNAME, personKey(n), entry);
  for (const s of r.short) {
    addTo(BY_SURNAME, personKey(s), entry);
    addTo(BY_SHORT, personKey(s), entry);
  }
  // In text a name needs a capital; the press also drops diacritics ("Nguyen Phu Trong", "Erdogan").
  for (const n of names) {
    const rule = defaultCaseRule(n) === 'exact' ? 'exact' : 'initial';
    MATCHER.add(n, entry, rule);
    const folded = foldDiacritics(n);
    if (folded !== n) MATCHER.add(folded, entry, rule);
  }
}

/** Every person, in file order (for statistics and tests). */
export function people(): readonly PersonEntry[] {
  return ENTRIES;
}
const ENTRIES: readonly PersonEntry[] = RECORDS.map((r) => r.entry);

/**
 * The person whose full name or alias this is, or undefined (also when two people share
 * it). Case, diacritics, hyphens and spaces are ignored: "Ban Ki moon" = "Ban Ki-moon",
 * "Tap Can Binh" = "Tập Cận Bình". A one-word form resolves only when the data lists it as
 * the person's distinctive short form ("Putin", "Pu-tin" = "Pu tin"); "Bush", "Kim" do not.
 */
export function lookupPerson(surface: string): PersonEntry | undefined {
  const key = personKey(surface);
  const hits = BY_KEY.get(key) ?? BY_SHORT.get(key);
  return hits?.length === 1 ? hits[0] : undefined;
}

/**
 * Candidates referred to by this one name ("Putin", "Pu-tin", "Lavrốp", "Tập", "Trọng",
 * "von der Leyen"): the family name (first for Chinese and Korean names, last otherwise;
 * the last syllable group of a Vietnamese name or press spelling). Several people may share one.
 */
export function personsBySurname(surname: string): PersonEntry[] {
  return [...(BY_SURNAME.get(personKey(surname)) ?? [])];
}

/**
 * The posts a person held at a date (YYYY, YYYY-MM or YYYY-MM-DD): those whose term overlaps
 * it (a post without an end is current). Every post when there is no date.
 */
export function postsAt(p: PersonEntry, date?: string | null): PersonPost[] {
  if (!date) return [...p.posts];
  const [lo, hi] = dateBounds(date.trim());
  return p.posts.filter((post) => (!post.from || dateBounds(post.from)[0] <= hi) && (!post.to || lo <= dateBounds(post.to)[1]));
}

/**
 * Known people named in a text: whole words, longest-leftmost, non-overlapping; a name
 * needs its first letter capitalised. Names shared by two people are not reported.
 * Pass `tokens` (from `words(text)`) to share one tokenization with other finders.
 */
export function findPersonNames(text: string, tokens: Word[] = words(text)): Array<{ start: number; end: number; text: string; entry: PersonEntry }> {
  return MATCHER.find(text, tokens).map((m) => ({ start: m.start, end: m.end, text: m.text, entry: m.value }));
}
