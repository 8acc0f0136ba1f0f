/**
 * Pass 1 over a sentence: where known entities (gazetteer), titles and person names
 * stand, in token indexes. Person phrases are read as
 *   [former] TITLE [AFFILIATION]… [, | -] [ông|bà] NAME      ("Ngoại trưởng Nga Sergei Lavrov")
 *   ông|bà NAME                                             ("bà C. Ashton")
 *   người đồng cấp AFFILIATION NAME                         (same post as the other person)
 * so titles never leak into names, and a title + affiliation without a name is kept as
 * a role ("Ngoại trưởng Nga") for coreference.
 */
import type { Sentence } from '../../types.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { isProse } from '../../text/sentences.js';
import { nameAt, isNameSyllable } from './names.js';
import { viLexicon } from './lexicon.js';
import type { KnownHit, TitleHit } from './resources.js';

export interface KnownTok { first: number; last: number; hit: KnownHit }
export interface TitleTok { first: number; last: number; canonical: string; kind: TitleHit['kind'] }

/** A named person phrase (title/honorific + name). */
export interface PersonPhrase {
  first: number; last: number;        // whole phrase, title included
  nameFirst: number; nameLast: number;
  name: string;
  title?: string;                     // canonical English title
  affiliation?: string;               // entity id (seats already resolved to their country)
  affiliationTok?: [number, number];
  former: boolean;
  counterpart: boolean;
}

/** A title (and affiliation) without a name: "Ngoại trưởng Nga", "Tổng thư ký NATO". */
export interface RolePhrase { first: number; last: number; title: string; affiliation?: string; counterpart: boolean; former: boolean }

export interface Annotated {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  prose: boolean;
  known: KnownTok[];
  persons: PersonPhrase[];
  roles: RolePhrase[];
  /** Token indexes covered by person/role phrases (their inner known entities are affiliations, not arguments). */
  covered: Uint8Array;
}

/** Maps character spans of the document to token index ranges of one sentence. */
function spanToTokens(tokens: Token[], start: number, end: number): [number, number] | undefined {
  let first = -1, last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (first < 0 && t.start >= start && t.start < end) first = i;
    if (t.end <= end && t.start >= start) last = i;
  }
  return first >= 0 && last >= first ? [first, last] : undefined;
}

/** Hits whose span lies inside [from, to), by binary search over hits sorted by start. */
export function within<T extends { start: number; end: number }>(hits: T[], from: number, to: number): T[] {
  let lo = 0, hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid]!.start < from) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
  return out;
}

/** Is an ambiguous surface ("Anh", "Đức") used as a name here? Capitalised and not inside a person's name. */
function ambiguousOk(tokens: Token[], first: number, titleEnds: Set<number>, knownEnds: Set<number>): boolean {
  const t = tokens[first]!;
  if (!t.cap) return false;
  const prev = tokens[first - 1];
  if (prev && isNameSyllable(prev) && !titleEnds.has(first - 1) && !knownEnds.has(first - 1) && first - 1 > 0) return false;
  const next = tokens[first + 1];
  if (first === 0 && next && next.word && !next.cap && viLexicon().mod['pronoun-tail'].at(tokens, first + 1)) return false;
  return true;
}

export function annotate(index: number, sentence: Sentence, knownHits: KnownHit[], titleHits: TitleHit[]): Annotated {
  const lex = viLexicon();
  const tokens = tokenize(sentence.text, sentence.start);
  const covered = new Uint8Array(tokens.length);
  const titles: TitleTok[] = [];
  for (const h of titleHits) {
    const r = spanToTokens(tokens, h.start, h.end);
    if (r) titles.push({ first: r[0], last: r[1], canonical: h.canonical, kind: h.kind });
  }
  const titleAt = new Map(titles.map((t) => [t.first, t]));
  const titleEnds = new Set(titles.map((t) => t.last));
  const rawKnown: KnownTok[] = [];
  for (const h of knownHits) {
    const r = spanToTokens(tokens, h.start, h.end);
    if (r && !titles.some((t) => r[0] >= t.first && r[1] <= t.last && t.kind === 'title' && !(r[0] === t.first && r[1] === t.last))) rawKnown.push({ first: r[0], last: r[1], hit: h });
  }
  const knownEnds = new Set(rawKnown.map((k) => k.last));
  const known = rawKnown.filter((k) => !k.hit.ambiguous || ambiguousOk(tokens, k.first, titleEnds, knownEnds));
  const knownAt = new Map(known.map((k) => [k.first, k]));
  const gap = (a: number, b: number): string => sentence.text.slice(tokens[a]!.end - sentence.start, tokens[b]!.start - sentence.start);
  const stop = (j: number): boolean => knownAt.has(j) || titleAt.has(j);
  const affiliationId = (k: KnownTok): string | undefined =>
    k.hit.type === 'Country' || k.hit.type === 'Organization' ? k.hit.id : k.hit.seatOf;

  const persons: PersonPhrase[] = [];
  const roles: RolePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = titleAt.get(i);
    const counterpartCue = lex.cues.counterpart.at(tokens, i);
    const honorific = lex.cues.honorific.at(tokens, i) ?? (title?.kind === 'honorific' ? { start: i, end: title.last + 1 } : undefined);
    const former = i > 0 && (Boolean(lex.cues.former.at(tokens, i - 1)) || titles.some((t) => t.kind === 'modifier' && t.last === i - 1));
    if ((title && title.kind === 'title') || counterpartCue) {
      const counterpart = !title || title.kind !== 'title';
      let j = counterpart ? counterpartCue!.end : title!.last + 1;
      let affiliation: string | undefined;
      let affTok: [number, number] | undefined;
      if (!counterpart) j = portfolioEnd(tokens, j, knownAt);
      for (let k = knownAt.get(j); k; k = knownAt.get(j)) {
        const id = affiliationId(k);
        if (!id || (affiliation && id !== affiliation)) break;
        affiliation = id; affTok = [affTok?.[0] ?? k.first, k.last]; j = k.last + 1;
      }
      // "Đại sứ Israel tại EU Haim Regev": the place of the post belongs to the phrase
      const at = affiliation ? lex.cues['post-at'].at(tokens, j) : undefined;
      const atKnown = at ? knownAt.get(at.end) : undefined;
      if (atKnown && isNameSyllable(tokens[atKnown.last + 1])) j = atKnown.last + 1;
      if (!affiliation && tokens[j]?.upper && !knownAt.has(j)) j++;           // an unknown acronym: "Chủ tịch LDP"
      const opensAppositive = tokens[j]?.text === ',' && Boolean(lex.cues.honorific.at(tokens, j + 1));
      if ((tokens[j]?.text === ',' || tokens[j]?.text === '-' || tokens[j]?.text === '–') && lex.cues.honorific.at(tokens, j + 1)) j++;
      const hon = lex.cues.honorific.at(tokens, j);
      if (hon && isNameSyllable(tokens[hon.end])) j = hon.end;
      // "Bộ trưởng Bộ Tài chính", "Phó Chủ tịch Quốc hội": the title's body, not a name
      const body = lex.cues['not-name'].at(tokens, j);
      const name = !titleAt.has(j) && !knownAt.has(j) && !(body && tokens[j]!.cap) ? nameAt(tokens, j, gap, stop) : undefined;
      const canonical = counterpart ? '' : title!.canonical;
      if (name) {
        // "Tổng thư ký NATO, ông X, phát biểu": the closing comma belongs to the phrase, so X stays next to its verb
        const last = opensAppositive && tokens[name[1] + 1]?.text === ',' ? name[1] + 1 : name[1];
        persons.push({ first: former ? i - 1 : i, last, nameFirst: name[0], nameLast: name[1], name: nameText(tokens, name), title: canonical || undefined, affiliation, affiliationTok: affTok, former, counterpart });
        covered.fill(1, i, last + 1);
        i = last;
      } else if (canonical || affiliation) {
        roles.push({ first: i, last: j - 1, title: canonical, affiliation, counterpart, former });
        covered.fill(1, i, j);
        i = j - 1;
      }
      continue;
    }
    if (honorific && !knownAt.has(honorific.end)) {
      const name = nameAt(tokens, honorific.end, gap, stop);
      if (name) {
        persons.push({ first: i, last: name[1], nameFirst: name[0], nameLast: name[1], name: nameText(tokens, name), former: false, counterpart: false });
        covered.fill(1, i, name[1] + 1);
        i = name[1];
      }
    }
  }
  appositivePosts(tokens, persons, roles);
  return { index, sentence, tokens, prose: isProse(sentence.text), known, persons, roles, covered };
}

/**
 * "Jens Stoltenberg, Tổng thư ký NATO, …", "bà Nguyễn Thị Thanh, Phó Chủ tịch Quốc hội": a title
 * and body in apposition after a name are that person's post (the role is then used up).
 */
function appositivePosts(tokens: Token[], persons: PersonPhrase[], roles: RolePhrase[]): void {
  for (const p of persons) {
    if (p.title || tokens[p.last + 1]?.text !== ',') continue;
    const k = roles.findIndex((r) => r.first === p.last + 2 && !r.counterpart && r.title && r.affiliation);
    if (k < 0) continue;
    const r = roles[k]!;
    p.title = r.title; p.affiliation = r.affiliation; p.former = r.former;
    p.last = tokens[r.last + 1]?.text === ',' ? r.last + 1 : r.last;   // the appositive, closing comma included, is part of the phrase
    roles.splice(k, 1);
  }
}

/** The name as written, with single spaces ("C. Ashton", "K.Harris"). */
function nameText(tokens: Token[], [a, b]: [number, number]): string {
  let out = tokens[a]!.text;
  for (let i = a + 1; i <= b; i++) out += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return out;
}

/**
 * "Đại diện cấp cao về chính sách đối ngoại và an ninh của EU": a title's field ("về …", lower-case
 * words only, at most 10) up to "của" + a known body. Returns the body's first token, or `j` unchanged.
 */
function portfolioEnd(tokens: Token[], j: number, knownAt: Map<number, KnownTok>): number {
  const cues = viLexicon().cues;
  const open = cues.portfolio.at(tokens, j);
  if (!open) return j;
  for (let k = open.end; k < tokens.length && k - open.end <= 10; k++) {
    const of = cues['post-of'].at(tokens, k);
    if (of && k > open.end && knownAt.has(of.end)) return of.end;
    if (!tokens[k]!.word || tokens[k]!.cap || knownAt.has(k)) return j;
  }
  return j;
}
