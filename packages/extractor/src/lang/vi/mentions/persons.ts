/**
 * Within-document person coreference by name: "Sergei Lavrov", "Sergey Lavrov",
 * "Lavrov" and "Valdimir Putin"/"Vladimir Putin" are one person. Longer names are
 * clustered first; a surname alone joins the one cluster it fits, never two.
 * The canonical name is the most frequent full form (ties: the longer, then the first).
 */
import { foldKey } from '../../../text/tokens.js';
import { canonicalName, damerauLevenshtein } from '../../../names/index.js';
import type { KnownPerson, ViResources } from '../resources.js';

export interface PersonCluster {
  key: string; // local key, "p0", "p1", …
  forms: Map<string, number>; // full surface forms → count
  surname: string; // folded last syllable
  parts: string[]; // folded syllables of the canonical form
  /** (title, affiliation) pairs stated for this person, non-former. */
  posts: Array<{ title: string; affiliation?: string }>;
}

const syllables = (name: string): string[] =>
  name
    .split(/[\s.]+/)
    .filter(Boolean)
    .map(foldKey);

/** Two syllables are the same name part, allowing a slip ("Sergei"/"Sergey", "Fog"/"Fogh", "Valdimir"/"Vladimir"). */
function samePart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0]; // an initial
  const n = Math.min(a.length, b.length);
  return n >= 3 && damerauLevenshtein(a, b) <= (n >= 6 ? 2 : 1);
}

/** Are two full names (2+ syllables) one person? Same surname, compatible given names. */
export function sameFullName(a: string[], b: string[], fuzzy?: (x: string, y: string) => boolean): boolean {
  if (fuzzy && fuzzy(a.join(' '), b.join(' '))) return true;
  if (!samePart(a[a.length - 1]!, b[b.length - 1]!)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // every given-name part of the shorter matches a part of the longer, in order
  let k = 0;
  for (const p of short.slice(0, -1)) {
    while (k < long.length - 1 && !samePart(p, long[k]!)) k++;
    if (k >= long.length - 1) return false;
    k++;
  }
  return true;
}

export class PersonIndex {
  readonly clusters: PersonCluster[] = [];

  constructor(private readonly fuzzy?: (a: string, b: string) => boolean) {}

  /** Clusters the names (full forms first). Returns name → cluster for every name given. */
  build(names: string[]): Map<string, PersonCluster> {
    const out = new Map<string, PersonCluster>();
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    const distinct = [...counts.keys()].sort((a, b) => syllables(b).length - syllables(a).length);
    for (const name of distinct) {
      const parts = syllables(name);
      let target: PersonCluster | undefined;
      if (parts.length >= 2) {
        target = this.clusters.find((c) => sameFullName(parts, c.parts, this.fuzzy));
      } else {
        const fits = this.oneName(parts[0]!);
        if (fits.length === 1) target = fits[0];
        else if (fits.length > 1) continue; // ambiguous surname: no cluster
      }
      if (!target) {
        target = { key: `p${this.clusters.length}`, forms: new Map(), surname: parts[parts.length - 1]!, parts, posts: [] };
        this.clusters.push(target);
      }
      target.forms.set(name, (target.forms.get(name) ?? 0) + counts.get(name)!);
      out.set(name, target);
    }
    return out;
  }

  /** Moves every form and post of `from` into `into` (one person named two ways: "Tập Cận Bình" and "Xi"); `names` is updated. */
  merge(into: PersonCluster, from: PersonCluster, names: Map<string, PersonCluster>): void {
    for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
    into.posts.push(...from.posts);
    this.clusters.splice(this.clusters.indexOf(from), 1);
    for (const [n, c] of names) if (c === from) names.set(n, into);
  }

  /** The canonical name (shared rule of src/names: fullest, then most frequent). */
  canonical(c: PersonCluster): string {
    return canonicalName([...c.forms].map(([name, count]) => ({ name, count })));
  }

  /**
   * Clusters a one-word name can refer to: by the last part ("ông Lavrov", "ông Chính" for
   * Phạm Minh Chính); failing that, by the first part, as Korean and Chinese family names
   * come first ("ông Yoon" for Yoon Suk Yeol, "ông Tập" for Tập Cận Bình).
   */
  private oneName(key: string): PersonCluster[] {
    const last = this.clusters.filter((c) => c.parts.length >= 2 && samePart(key, c.surname));
    if (last.length) return last;
    const byFirst = this.clusters.filter((c) => c.parts.length >= 2 && c.parts[0] === key);
    return byFirst.length ? byFirst : this.clusters.filter((c) => c.parts.length === 1 && samePart(key, c.surname));
  }

  /** The one cluster a one-word name refers to, if exactly one. */
  bySurnameKey(key: string): PersonCluster | undefined {
    const list = this.oneName(key);
    return list.length === 1 ? list[0] : undefined;
  }

  /** The one cluster holding a post (title, and affiliation when given), if exactly one. */
  byPost(title: string, affiliation?: string): PersonCluster | undefined {
    const fits = this.holders(title, affiliation);
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Every cluster holding a post (title, and affiliation when given). */
  holders(title: string, affiliation?: string): PersonCluster[] {
    // A bare title names the specific one too: "Bộ trưởng" (Minister) = "Bộ trưởng Quốc phòng" (Defense Minister).
    const fitsTitle = (t: string): boolean => t === title || t.endsWith(` ${title}`);
    return this.clusters.filter((c) => c.posts.some((p) => fitsTitle(p.title) && (affiliation === undefined || p.affiliation === affiliation)));
  }

  /** The one cluster with any post for this country or body, if exactly one ("Trưởng đoàn Việt Nam"). */
  byAffiliation(affiliation: string): PersonCluster | undefined {
    const fits = this.clusters.filter((c) => c.posts.some((p) => p.affiliation === affiliation));
    return fits.length === 1 ? fits[0] : undefined;
  }
}

/**
 * The known person (people gazetteer) a cluster names: one of its forms is a full name or alias
 * ("Tập Cận Bình", "Ban Ki moon"); else the one person of that family name whose full name fits
 * a form ("C. Ashton" → Catherine Ashton, "Toni Blair" → Tony Blair); a one-word cluster: the one
 * person that name alone stands for ("Guterres", "Xi").
 */
export function knownPersonOf(c: PersonCluster, res: Pick<ViResources, 'person' | 'personsBySurname'>): KnownPerson | undefined {
  if (!res.person || !res.personsBySurname) return undefined;
  const forms = [...c.forms.keys()].sort((a, b) => syllables(b).length - syllables(a).length);
  for (const f of forms) {
    const e = res.person(f);
    if (e) return e;
  }
  const found = new Map<string, KnownPerson>();
  // a full form decides ("Ahmed Abdullah" is not King Abdullah); a name alone only when the cluster has no full form
  const full = forms.filter((f) => syllables(f).length > 1);
  for (const f of full.length ? full : forms) {
    const words = f.split(/\s+/);
    const parts = syllables(f);
    for (const key of new Set([words[words.length - 1]!, words[0]!])) {
      // the known name is at least as full ("Norodom Monineath Sihanouk" is not Norodom Sihanouk)
      for (const e of res.personsBySurname(key)) {
        const known = syllables(e.name);
        if (parts.length === 1 || (parts.length <= known.length && sameFullName(parts, known))) found.set(e.id, e);
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
