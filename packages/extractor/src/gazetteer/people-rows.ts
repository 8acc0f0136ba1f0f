/**
 * Parses and checks the rows of data/gazetteer/people.tsv (pure: the caller reads the file).
 * Columns: id, name, wikidata, aliases, short, posts, flags — see the file's header.
 */
import { foldDiacritics } from '../names/slugify.js';
import { listCell, flagsCell, type TsvRow } from '../text/tsv.js';

/** One post a person held: a canonical English title (titles.tsv) of a gazetteer entity, with ISO dates (year, year-month or full). */
export interface PersonPost {
  title: string;
  of: string;
  from?: string;
  to?: string;
}

/** One known person: canonical English name, other spellings (English, romanized, Vietnamese press forms) and dated posts. */
export interface PersonEntry {
  id: string;
  name: string;
  wikidata?: string;
  aliases: string[];
  posts: PersonPost[];
}

/** A parsed row: the public entry plus what the indexes need. */
export interface PersonRecord {
  entry: PersonEntry;
  /** Aliases marked '~' in the data: spellings shared with another person, never resolved alone. */
  shared: string[];
  /** Forms used alone to refer to the person, when the automatic surname rule is wrong ("Suu Kyi"). */
  short: string[];
  /** Family name first (Chinese, Korean, Cambodian names): "Xi Jinping" is referred to as "Xi". */
  eastern: boolean;
  /** No family name (Burmese names, regnal names): only the `short` forms refer to the person alone. */
  nosurname: boolean;
  line: number;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Lookup key of a name: diacritics, case and everything but letters and digits dropped,
 * so "Ban Ki moon" = "Ban Ki-moon", "Pu-tin" = "Pu tin", "Recep Tayyip Erdogan" = "Erdoğan".
 */
export function personKey(surface: string): string {
  return foldDiacritics(surface.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The earliest and latest day a partial ISO date may stand for ("2014" → 2014-01-01 … 2014-12-31). */
export function dateBounds(d: string): [string, string] {
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  if (d.length === 7) return [`${d}-01`, `${d}-31`];
  return [d, d];
}

function parsePost(cell: string, where: string, known: (id: string) => boolean, titles: Set<string>): PersonPost {
  const [title = '', of = '', from = '', to = '', ...rest] = cell.split('|').map((s) => s.trim());
  if (rest.length) throw new Error(`${where}: post "${cell}" has more than 4 fields (title|of|from|to)`);
  if (!titles.has(title)) throw new Error(`${where}: post "${cell}": "${title}" is not a canonical title of titles.tsv`);
  if (!known(of)) throw new Error(`${where}: post "${cell}": unknown entity id "${of}"`);
  for (const d of [from, to]) if (d && !ISO.test(d)) throw new Error(`${where}: post "${cell}": date "${d}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  if (from && to && dateBounds(from)[0] > dateBounds(to)[1]) throw new Error(`${where}: post "${cell}": starts after it ends`);
  return { title, of, ...(from && { from }), ...(to && { to }) };
}

/**
 * People from the TSV rows. `known(id)` says whether an entity id exists in the gazetteer;
 * `titles` is the set of canonical titles. Errors name the file and line.
 */
export function parsePeople(rows: TsvRow[], file: string, known: (id: string) => boolean, titles: Set<string>): PersonRecord[] {
  const opt = (r: TsvRow, c: string) => {
    try {
      return r.get(c);
    } catch {
      return '';
    }
  };
  const seen = new Set<string>();
  return rows.map((r) => {
    const where = `kg gazetteer: ${file}:${r.line}`;
    const id = r.get('id'),
      name = r.get('name');
    if (!id || !name) throw new Error(`${where}: id and name are required`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${where}: id "${id}" is not a slug`);
    if (seen.has(id)) throw new Error(`${where}: duplicate id "${id}"`);
    seen.add(id);
    const wikidata = opt(r, 'wikidata');
    if (wikidata && !/^Q\d+$/.test(wikidata)) throw new Error(`${where}: bad wikidata "${wikidata}"`);
    const cells = listCell(opt(r, 'aliases'));
    const aliases = cells.map((a) => a.replace(/^~/, ''));
    const shared = cells.filter((a) => a.startsWith('~')).map((a) => a.slice(1));
    const posts = opt(r, 'posts')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((p) => parsePost(p, where, known, titles));
    const entry: PersonEntry = { id, name, ...(wikidata && { wikidata }), aliases, posts };
    const flags = flagsCell(opt(r, 'flags'));
    for (const f of flags.keys()) if (f !== 'eastern' && f !== 'nosurname') throw new Error(`${where}: unknown flag "${f}"`);
    return { entry, shared, short: listCell(opt(r, 'short')), eastern: flags.has('eastern'), nosurname: flags.has('nosurname'), line: r.line };
  });
}
