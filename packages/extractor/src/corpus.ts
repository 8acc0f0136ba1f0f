/**
 * The cross-document merge: per-document extractions in, one contract graph out.
 * Entities merge by id, then person entities whose names match fuzzily (names/), then
 * relations by the contract key with symmetric predicates in canonical order.
 * Pure and deterministic: the same extractions in any order give the same graph.
 */
import { entryById } from './gazetteer/lookup.js';
import { bySpan, cmp } from './graph-order.js';
import { blockKeyWith, canonicalName, firstNameMatches, namesMatch, parseName, surnameBlockKeys, surnameMatches } from './names/index.js';
import {
  ENTITY_TYPES,
  isSymmetric,
  relationKey,
  type Document,
  type Entity,
  type EntityType,
  type Evidence,
  type Graph,
  type Mention,
  type Relation,
} from './schema.js';
import type { DocumentExtraction } from './types.js';

/** Everything seen of one entity id across documents. */
interface Seen {
  id: string;
  names: Map<string, number>; // name → documents using it: one vote per article, so an
  // article repeating its own misspelling does not outvote the rest
  types: Map<EntityType, number>;
  aliases: Set<string>;
  wikidata: Set<string>;
  mentions: Map<string, Mention>;
  name?: string;
  type?: EntityType;
}

const bump = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);
const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};
const top = <K extends string>(m: Map<K, number>, tieOrder: (a: K, b: K) => number): K => [...m].sort(([a, ca], [b, cb]) => cb - ca || tieOrder(a, b))[0][0];
const byTypeOrder = (a: EntityType, b: EntityType) => ENTITY_TYPES.indexOf(a) - ENTITY_TYPES.indexOf(b);
// Memoised per entity: the clustering asks for names many times.
const typeOf = (s: Seen): EntityType => (s.type ??= top(s.types, byTypeOrder));
const nameOf = (s: Seen): string => (s.name ??= top(s.names, cmp));
const documentsOf = (s: Seen): number => new Set([...s.mentions.values()].map((m) => m.doc)).size;

function collect(list: DocumentExtraction[]): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const x of list) {
    for (const e of x.entities) {
      let s = seen.get(e.id);
      if (!s) seen.set(e.id, (s = { id: e.id, names: new Map(), types: new Map(), aliases: new Set(), wikidata: new Set(), mentions: new Map() }));
      const n = Math.max(1, e.mentions.length);
      bump(s.names, e.name, 1);
      bump(s.types, e.type, n);
      e.aliases.forEach((a) => s.aliases.add(a));
      if (e.wikidata) s.wikidata.add(e.wikidata);
      for (const m of e.mentions) {
        const mention: Mention = { doc: x.document.id, start: m.start, end: m.end, text: m.text };
        s.mentions.set(`${mention.doc}\u0000${m.start}\u0000${m.end}`, mention);
        s.aliases.add(m.text);
      }
    }
  }
  return seen;
}

/** Union-find over entity ids. */
class Clusters {
  private parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(x, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/**
 * Groups person ids that name the same person: full names that match fuzzily
 * (same surname, compatible given names), then one-word names into the unique
 * full-name cluster whose surname they are (or, failing that, the unique one of three
 * or more words that they begin: "Ban" → "Ban Ki-moon"). Returns id → representative id.
 */
function clusterPersons(seen: Map<string, Seen>): Map<string, string> {
  const persons = [...seen.values()].filter((s) => typeOf(s) === 'Person').sort((a, b) => cmp(a.id, b.id));
  // Parsed once here and compared as parts: parseName caches 100k names, and a corpus with more
  // persons would parse both names again at every comparison.
  const parsed = new Map(persons.map((s) => [s, parseName(nameOf(s))]));
  const full = persons.filter((s) => parsed.get(s)!.tokens.length >= 2);
  const single = persons.filter((s) => parsed.get(s)!.tokens.length === 1);
  const uf = new Clusters();
  // Candidate pairs only: full names whose surnames share a blocking key (a deletion
  // neighbourhood) and the surnames' and first given names' first letters, which namesMatch
  // requires. The letters keep short deletion keys ("aka") and common surnames ("Kim", "Li")
  // from making blocks of thousands, whose pairs would grow with the square of the corpus.
  const surnameKeysOf = (surname: string) => surnameBlockKeys(surname, surname[0]);
  const bySurname = new Map<number, Seen[]>();
  const blocks = new Map<number, Seen[]>();
  const keysOf = new Map<Seen, number[]>();
  for (const f of full) {
    const { surname, given } = parsed.get(f)!;
    const surnameKeys = surnameKeysOf(surname);
    for (const k of surnameKeys) push(bySurname, k, f);
    const keys = surnameKeys.map((k) => blockKeyWith(k, given[0]?.[0] ?? ''));
    keysOf.set(f, keys);
    for (const k of keys) push(blocks, k, f);
  }
  for (const x of full) {
    const candidates = new Set<Seen>();
    for (const k of keysOf.get(x)!) for (const y of blocks.get(k)!) if (y.id > x.id) candidates.add(y);
    for (const y of candidates) if (namesMatch(parsed.get(x)!, parsed.get(y)!)) uf.union(x.id, y.id);
  }
  const byFirst = new Map<string, Seen[]>();
  for (const f of full) push(byFirst, parsed.get(f)!.tokens[0], f);
  /** The one cluster among `cands` that `ok` accepts, or null when none or several (stops at the second). */
  const uniqueRoot = (cands: Iterable<Seen>, ok: (f: Seen) => boolean): string | null | 'several' => {
    let root: string | null = null;
    for (const f of cands) {
      if (!ok(f)) continue;
      const r = uf.find(f.id);
      if (root === null) root = r;
      else if (r !== root) return 'several';
    }
    return root;
  };
  for (const s of single) {
    const word = parsed.get(s)!.surname;
    const cands = new Set(surnameKeysOf(word).flatMap((k) => bySurname.get(k) ?? []));
    const ps = parsed.get(s)!;
    let root = uniqueRoot(cands, (f) => surnameMatches(ps, parsed.get(f)!));
    if (root === null) root = uniqueRoot(byFirst.get(word) ?? [], (f) => firstNameMatches(ps, parsed.get(f)!));
    if (root !== null && root !== 'several') uf.union(s.id, root);
  }
  // Representative: the member carrying the canonical name (fullest, most frequent, first).
  const members = new Map<string, Seen[]>();
  for (const s of persons) push(members, uf.find(s.id), s);
  const rep = new Map<string, string>();
  for (const group of members.values()) {
    if (group.length === 1) continue;
    const name = canonicalName(group.map((s) => ({ name: nameOf(s), count: documentsOf(s) })));
    const chosen = group
      .filter((s) => nameOf(s) === name)
      .map((s) => s.id)
      .sort(cmp)[0];
    for (const s of group) rep.set(s.id, chosen);
  }
  return rep;
}

/**
 * Non-person entities that carry the same Wikidata QID under different ids (a gazetteer id
 * and an id made from a learned acronym or another spelling) are one entity: the id the
 * gazetteer gives that QID wins, else the first id. Returns id → representative id.
 */
function sameWikidata(seen: Map<string, Seen>): Map<string, string> {
  const byQid = new Map<string, Seen[]>();
  for (const s of [...seen.values()].sort((a, b) => cmp(a.id, b.id)))
    if (typeOf(s) !== 'Person' && s.wikidata.size > 0) push(byQid, [...s.wikidata].sort(cmp)[0], s);
  const rep = new Map<string, string>();
  for (const [qid, group] of byQid) {
    if (group.length < 2) continue;
    const chosen = (group.find((s) => entryById(s.id)?.wikidata === qid) ?? group[0]).id;
    for (const s of group) rep.set(s.id, chosen);
  }
  return rep;
}

/** Folds the entities of a cluster into one contract entity. */
function mergeGroup(id: string, group: Seen[]): Entity | undefined {
  const names = new Map<string, number>(),
    types = new Map<EntityType, number>();
  const aliases = new Set<string>(),
    qids = new Set<string>(),
    mentions = new Map<string, Mention>();
  for (const s of group) {
    s.names.forEach((n, k) => bump(names, k, n));
    s.types.forEach((n, k) => bump(types, k, n));
    s.aliases.forEach((a) => aliases.add(a));
    s.wikidata.forEach((q) => qids.add(q));
    s.mentions.forEach((m, k) => mentions.set(k, m));
  }
  if (mentions.size === 0) return undefined;
  const type = top(types, byTypeOrder);
  // Persons: the canonical variant; known entities: the gazetteer's canonical name; others: the most frequent.
  const name =
    type === 'Person'
      ? group.length > 1
        ? canonicalName([...names].map(([n, count]) => ({ name: n, count })))
        : top(names, cmp)
      : (entryById(id)?.name ?? top(names, cmp));
  const wikidata = [...qids].sort(cmp)[0];
  return {
    id,
    name,
    type,
    aliases: [...aliases].sort(cmp),
    ...(wikidata && { wikidata }),
    mentions: [...mentions.values()].sort(bySpan),
  };
}

/**
 * The date of merged sightings of one relation: most specific first (YYYY-MM-DD over
 * --MM-DD/YYYY-MM over YYYY), then the earliest. Shared with the graph package's mergeGraphs.
 */
export function pickDate(dates: string[]): string | undefined {
  const spec = (d: string) => (d.startsWith('--') ? 2 : d.split('-').length);
  return [...new Set(dates)].sort((a, b) => spec(b) - spec(a) || cmp(a, b))[0];
}

/**
 * A relation is attributed only if every sighting attributes it (to the first such id): one
 * article stating it as fact makes it more than one side's claim. Shared with mergeGraphs.
 */
export function pickAttribution(values: Array<string | null>): string | null {
  if (values.some((v) => v === null)) return null;
  return [...(values as string[])].sort(cmp)[0];
}

/**
 * Merges per-document extractions into one graph: entities by id, persons by fuzzy
 * name (conservative), other entities by shared Wikidata QID, relation ids rewritten, relations merged by (subject,
 * predicate, object, topic, negated) with symmetric predicates ordered by id,
 * evidence deduplicated, confidence the maximum, date the most specific, self-loops
 * and relations to unknown entities dropped. Output is in canonical order.
 */
export function mergeExtractions(list: DocumentExtraction[]): Graph {
  const documents = new Map<string, Document>();
  for (const x of list) if (!documents.has(x.document.id)) documents.set(x.document.id, x.document);

  const seen = collect(list);
  const rep = new Map([...clusterPersons(seen), ...sameWikidata(seen)]);
  const canon = (id: string): string => rep.get(id) ?? id;
  const groups = new Map<string, Seen[]>();
  for (const s of seen.values()) push(groups, canon(s.id), s);
  const entities = [...groups]
    .map(([id, g]) => mergeGroup(id, g))
    .filter((e): e is Entity => !!e)
    .sort((a, b) => cmp(a.id, b.id));
  const known = new Set(entities.map((e) => e.id));

  const merged = new Map<string, { r: Relation; dates: string[]; attributions: Array<string | null>; evidence: Map<string, Evidence> }>();
  for (const x of list) {
    for (const r0 of x.relations) {
      let subject = canon(r0.subject),
        object = canon(r0.object);
      if (subject === object || !known.has(subject) || !known.has(object)) continue;
      if (isSymmetric(r0.predicate) && cmp(subject, object) > 0) [subject, object] = [object, subject];
      const key = relationKey({ subject, predicate: r0.predicate, object, topic: r0.topic, negated: r0.negated });
      let m = merged.get(key);
      if (!m) merged.set(key, (m = { r: { ...r0, subject, object }, dates: [], attributions: [], evidence: new Map() }));
      m.r.confidence = Math.max(m.r.confidence, r0.confidence);
      if (r0.date) m.dates.push(r0.date);
      m.attributions.push(r0.attributedTo !== null && known.has(canon(r0.attributedTo)) ? canon(r0.attributedTo) : null);
      // A span of a document is one sentence: the key needs no sentence text.
      for (const ev of r0.evidence) m.evidence.set(`${ev.doc}\u0000${ev.start}\u0000${ev.end}`, ev);
    }
  }
  const relations = [...merged.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([, m]): Relation => {
      const { date: _d, ...rest } = m.r;
      const date = pickDate(m.dates);
      return { ...rest, ...(date && { date }), attributedTo: pickAttribution(m.attributions), evidence: [...m.evidence.values()].sort(bySpan) };
    });

  return { version: 1, documents: [...documents.values()].sort((a, b) => cmp(a.id, b.id)), entities, relations };
}
