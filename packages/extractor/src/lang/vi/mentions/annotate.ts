/**
 * Pass 1 over a sentence: where known entities (gazetteer), titles and person names
 * stand, in token indexes. Person phrases are read as
 *   [former] TITLE [AFFILIATION]… [, | -] [ông|bà] NAME      ("Ngoại trưởng Nga Sergei Lavrov")
 *   ông|bà NAME                                             ("bà C. Ashton")
 *   người đồng cấp AFFILIATION NAME                         (same post as the other person)
 *   TITLE, TITLE … NAME                                     (stacked posts: "Phó Thủ tướng, Bộ trưởng Ngoại giao X")
 *   NAME, TITLE AFFILIATION                                  (appositive post: "X, Chủ tịch Thượng viện Campuchia")
 * so titles never leak into names, and a title + affiliation without a name is kept as
 * a role ("Ngoại trưởng Nga") for coreference. Courtly styles before a name ("Samdech …")
 * are skipped (person-cues.tsv, style).
 */
import type { Sentence } from '../../../types.js';
import { tokenize, type Token } from '../../../text/tokens.js';
import { isProse } from '../../../text/sentences.js';
import { nameAt, isNameSyllable } from './names.js';
import { viLexicon } from '../lexicon.js';
import type { KnownHit, PersonHit, TitleHit } from '../resources.js';

export interface KnownTok {
  first: number;
  last: number;
  hit: KnownHit;
}
export interface TitleTok {
  first: number;
  last: number;
  canonical: string;
  kind: TitleHit['kind'];
}

/** A named person phrase (title/honorific + name). */
export interface PersonPhrase {
  first: number;
  last: number; // whole phrase, title included
  nameFirst: number;
  nameLast: number;
  name: string;
  title?: string; // canonical English title
  /** Titles stacked before the main one ("Phó Thủ tướng, Bộ trưởng Ngoại giao X": Deputy Prime Minister). */
  also?: string[];
  affiliation?: string; // entity id (seats already resolved to their country)
  affiliationTok?: [number, number];
  /** When the affiliation is a country's body ("Thượng viện Campuchia"), that country: the post is the country's too. */
  country?: string;
  former: boolean;
  counterpart: boolean;
}

/** A title (and affiliation) without a name: "Ngoại trưởng Nga", "Tổng thư ký NATO". */
export interface RolePhrase {
  first: number;
  last: number;
  title: string;
  affiliation?: string;
  affiliationTok?: [number, number];
  counterpart: boolean;
  former: boolean;
}

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
  let first = -1,
    last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (first < 0 && t.start >= start && t.start < end) first = i;
    if (t.end <= end && t.start >= start) last = i;
  }
  return first >= 0 && last >= first ? [first, last] : undefined;
}

/** Hits whose span lies inside [from, to), by binary search over hits sorted by start. */
export function within<T extends { start: number; end: number }>(hits: T[], from: number, to: number): T[] {
  let lo = 0,
    hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
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

/** `tokens`: the sentence's tokens when the caller has them (tokens.ts), else it is tokenized here. */
export function annotate(
  index: number,
  sentence: Sentence,
  knownHits: KnownHit[],
  titleHits: TitleHit[],
  personHits: PersonHit[] = [],
  tokens: Token[] = tokenize(sentence.text, sentence.start),
): Annotated {
  const lex = viLexicon();
  const covered = new Uint8Array(tokens.length);
  const titles: TitleTok[] = [];
  // "Hội nghị Bộ trưởng Ngoại giao ASEAN": a title inside the name of a meeting names no one
  const events = knownHits.filter((k) => k.type === 'Event');
  for (const h of titleHits) {
    if (events.some((e) => e.start <= h.start && h.end <= e.end)) continue;
    const r = spanToTokens(tokens, h.start, h.end);
    if (r) titles.push({ first: r[0], last: r[1], canonical: h.canonical, kind: h.kind });
  }
  const titleAt = new Map(titles.map((t) => [t.first, t]));
  const titleEnds = new Set(titles.map((t) => t.last));
  const rawKnown: KnownTok[] = [];
  for (const h of knownHits) {
    const r = spanToTokens(tokens, h.start, h.end);
    if (r && !titles.some((t) => r[0] >= t.first && r[1] <= t.last && t.kind === 'title' && !(r[0] === t.first && r[1] === t.last)))
      rawKnown.push({ first: r[0], last: r[1], hit: h });
  }
  const knownEnds = new Set(rawKnown.map((k) => k.last));
  const known = rawKnown.filter((k) => !k.hit.ambiguous || ambiguousOk(tokens, k.first, titleEnds, knownEnds));
  const knownAt = new Map(known.map((k) => [k.first, k]));
  const gap = (a: number, b: number): string => sentence.text.slice(tokens[a]!.end - sentence.start, tokens[b]!.start - sentence.start);
  const stop = (j: number): boolean => knownAt.has(j) || titleAt.has(j);
  const affiliationId = (k: KnownTok): string | undefined => (k.hit.type === 'Country' || k.hit.type === 'Organization' ? k.hit.id : k.hit.seatOf);

  const persons: PersonPhrase[] = [];
  const roles: RolePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = titleAt.get(i);
    const counterpartCue = lex.cues.counterpart.at(tokens, i);
    const honorific = lex.cues.honorific.at(tokens, i) ?? (title?.kind === 'honorific' ? { start: i, end: title.last + 1 } : undefined);
    const former = i > 0 && (Boolean(lex.cues.former.at(tokens, i - 1)) || titles.some((t) => t.kind === 'modifier' && t.last === i - 1));
    // "tại Phủ Chủ tịch", "thăm Dinh Thủ tướng": a title after a capitalised word (inside a sentence) is part of a place's name
    const inName = i > 1 && isNameSyllable(tokens[i - 1]) && tokens[i - 2]!.word && !titleEnds.has(i - 1) && !knownEnds.has(i - 1);
    if ((title && title.kind === 'title' && !inName) || counterpartCue) {
      const counterpart = !title || title.kind !== 'title';
      const stack = counterpart ? { last: title, also: [] as string[] } : stackedTitles(tokens, title!, titleAt);
      let j = counterpart ? counterpartCue!.end : stack.last!.last + 1;
      let affiliation: string | undefined;
      let affTok: [number, number] | undefined;
      if (!counterpart) {
        // "Chủ tịch Hạ viện Mỹ": a known body that begins inside the title is its affiliation
        const body = known.find((k) => k.first > stack.last!.first && k.first <= stack.last!.last && k.last > stack.last!.last);
        j = body ? body.first : fillerEnd(tokens, portfolioEnd(tokens, j, knownAt), knownAt);
      }
      for (let k = knownAt.get(j); k; k = knownAt.get(j)) {
        const id = affiliationId(k);
        if (!id || (affiliation && id !== affiliation)) break;
        affiliation = id;
        affTok = [affTok?.[0] ?? k.first, k.last];
        j = k.last + 1;
      }
      // "Đại sứ Israel tại EU Haim Regev": the place of the post belongs to the phrase
      const at = affiliation ? lex.cues['post-at'].at(tokens, j) : undefined;
      const atKnown = at ? knownAt.get(at.end) : undefined;
      if (atKnown && isNameSyllable(tokens[atKnown.last + 1])) j = atKnown.last + 1;
      if (!affiliation && tokens[j]?.upper && !knownAt.has(j)) j++; // an unknown acronym: "Chủ tịch LDP"
      const opensAppositive = tokens[j]?.text === ',' && Boolean(lex.cues.honorific.at(tokens, j + 1));
      if ((tokens[j]?.text === ',' || tokens[j]?.text === '-' || tokens[j]?.text === '–') && lex.cues.honorific.at(tokens, j + 1)) j++;
      const hon = lex.cues.honorific.at(tokens, j);
      if (hon && isNameSyllable(tokens[hon.end])) j = hon.end;
      j = styleEnd(tokens, j);
      // "Bộ trưởng Bộ Tài chính", "Phó Chủ tịch Quốc hội": the title's body, not a name
      const body = lex.cues['not-name'].at(tokens, j);
      const name = !titleAt.has(j) && !knownAt.has(j) && !(body && tokens[j]!.cap) ? nameAt(tokens, j, gap, stop) : undefined;
      const canonical = counterpart ? '' : stack.last!.canonical;
      if (name) {
        // "Tổng thư ký NATO, ông X, phát biểu": the closing comma belongs to the phrase, so X stays next to its verb
        const last = opensAppositive && tokens[name[1] + 1]?.text === ',' ? name[1] + 1 : name[1];
        persons.push({
          first: former ? i - 1 : i,
          last,
          nameFirst: name[0],
          nameLast: name[1],
          name: nameText(tokens, name),
          title: canonical || undefined,
          ...(stack.also.length ? { also: stack.also } : {}),
          affiliation,
          affiliationTok: affTok,
          former,
          counterpart,
        });
        covered.fill(1, i, last + 1);
        i = last;
      } else if (canonical || affiliation) {
        roles.push({ first: i, last: j - 1, title: canonical, affiliation, affiliationTok: affTok, counterpart, former });
        covered.fill(1, i, j);
        i = j - 1;
      }
      continue;
    }
    if (honorific && !knownAt.has(honorific.end)) {
      const name = nameAt(tokens, styleEnd(tokens, honorific.end), gap, stop);
      if (name) {
        persons.push({ first: i, last: name[1], nameFirst: name[0], nameLast: name[1], name: nameText(tokens, name), former: false, counterpart: false });
        covered.fill(1, i, name[1] + 1);
        i = name[1];
      }
    }
  }
  knownPersons(tokens, personHits, persons, covered, knownAt);
  principalsCountry(tokens, persons, roles);
  appositivePosts(tokens, persons, roles);
  appositiveNames(tokens, persons, roles, covered, (j) => knownAt.has(j) || titleAt.has(j), gap);
  return { index, sentence, tokens, prose: isProse(sentence.text), known, persons, roles, covered };
}

/**
 * "Jens Stoltenberg, Tổng thư ký NATO, …", "bà Nguyễn Thị Thanh, Phó Chủ tịch Quốc hội": a title
 * and body in apposition after a name are that person's post (the role is then used up).
 */
function appositivePosts(tokens: Token[], persons: PersonPhrase[], roles: RolePhrase[]): void {
  for (const p of persons) {
    if (p.title || !isAppositiveMark(tokens[p.last + 1])) continue;
    const k = roles.findIndex((r) => r.first === p.last + 2 && !r.counterpart && r.title && r.affiliation);
    if (k < 0) continue;
    const r = roles[k]!;
    p.title = r.title;
    p.affiliation = r.affiliation;
    p.affiliationTok = r.affiliationTok;
    p.former = r.former;
    p.last = tokens[r.last + 1]?.text === ',' ? r.last + 1 : r.last; // the appositive, closing comma included, is part of the phrase
    roles.splice(k, 1);
  }
}

/** Names of the people gazetteer not read by the cues above ("Tập Cận Bình phát biểu"): persons without a title. */
function knownPersons(tokens: Token[], hits: PersonHit[], persons: PersonPhrase[], covered: Uint8Array, knownAt: Map<number, KnownTok>): void {
  for (const h of hits) {
    const r = spanToTokens(tokens, h.start, h.end);
    if (!r || covered.subarray(r[0], r[1] + 1).some(Boolean) || [...knownAt.values()].some((k) => k.first <= r[1] && r[0] <= k.last)) continue;
    persons.push({ first: r[0], last: r[1], nameFirst: r[0], nameLast: r[1], name: nameText(tokens, r), former: false, counterpart: false });
    covered.fill(1, r[0], r[1] + 1);
  }
  persons.sort((a, b) => a.first - b.first);
}

/** "người phát ngôn của Thủ tướng Đức Y": a post held for a titled person is held for that person's country. */
function principalsCountry(tokens: Token[], persons: PersonPhrase[], roles: RolePhrase[]): void {
  for (const r of roles) {
    if (r.affiliation || !r.title) continue;
    const of = viLexicon().cues['post-of'].at(tokens, r.last + 1);
    const principal = of && persons.find((p) => p.first === of.end && p.title && p.affiliation && !p.counterpart);
    if (principal) r.affiliation = principal.affiliation;
  }
}

const isAppositiveMark = (t: Token | undefined): boolean => t?.text === ',' || t?.text === '–' || t?.text === '-';

/**
 * "Samdech Akka Moha Ponhea Chakrei Heng Samrin, Chủ tịch Quốc hội Campuchia": a capitalised run
 * right before ", TITLE AFFILIATION" names a person even without "ông"/"bà" before it (two name
 * syllables at least, courtly styles skipped); the role becomes that person's post.
 */
function appositiveNames(
  tokens: Token[],
  persons: PersonPhrase[],
  roles: RolePhrase[],
  covered: Uint8Array,
  stop: (j: number) => boolean,
  gap: (a: number, b: number) => string,
): void {
  for (let k = roles.length - 1; k >= 0; k--) {
    const r = roles[k]!;
    const mark = r.first - 1;
    const affiliation = r.affiliation;
    if (!r.title || !affiliation || r.counterpart || !isAppositiveMark(tokens[mark]) || covered[mark - 1]) continue;
    let from = mark;
    while (from > 0 && isNameSyllable(tokens[from - 1]) && !covered[from - 1] && !stop(from - 1)) from--;
    if (from > 0 && stop(from - 1)) continue; // the run continues a known name or title: not a person
    const start = styleEnd(tokens, from);
    const name = nameAt(tokens, start, gap, stop, 8);
    if (!name || name[1] !== mark - 1 || name[1] - name[0] < 1) continue;
    const last = isAppositiveMark(tokens[r.last + 1]) ? r.last + 1 : r.last;
    persons.push({
      first: from,
      last,
      nameFirst: name[0],
      nameLast: name[1],
      name: nameText(tokens, name),
      title: r.title,
      affiliation,
      affiliationTok: r.affiliationTok,
      former: r.former,
      counterpart: false,
    });
    covered.fill(1, from, last + 1);
    roles.splice(k, 1);
  }
  persons.sort((a, b) => a.first - b.first);
}

/** "Phó Thủ tướng, Bộ trưởng Ngoại giao X", "Tổng Bí thư kiêm Chủ tịch nước X": the last title and those stacked before it. */
function stackedTitles(tokens: Token[], first: TitleTok, titleAt: Map<number, TitleTok>): { last: TitleTok; also: string[] } {
  const also: string[] = [];
  let t = first;
  for (;;) {
    const after = t.last + 1;
    const joinEnd = tokens[after]?.text === ',' ? after + 1 : viLexicon().cues['title-joiner'].at(tokens, after)?.end;
    const next = joinEnd === undefined ? undefined : titleAt.get(joinEnd);
    if (!next || next.kind !== 'title') return { last: t, also };
    also.push(t.canonical);
    t = next;
  }
}

/** "Thủ tướng Nội các Nhật Bản", "Thủ tướng nước Cộng hòa Ấn Độ": words of the post before its country (only when a known entity follows). */
function fillerEnd(tokens: Token[], j: number, knownAt: Map<number, KnownTok>): number {
  const filler = viLexicon().cues['title-filler'];
  let k = j;
  for (let f = filler.at(tokens, k); f; f = filler.at(tokens, k)) k = f.end;
  return k > j && knownAt.has(k) ? k : j;
}

/** Skips courtly styles before a name ("Samdech Preah … Tep Vong") when two name syllables or more follow them. */
export function styleEnd(tokens: readonly Token[], j: number): number {
  const style = viLexicon().cues.style;
  let k = j;
  for (let s = style.at(tokens, k); s && isNameSyllable(tokens[k]); s = style.at(tokens, k)) k = s.end;
  if (k === j) return j;
  return isNameSyllable(tokens[k]) && isNameSyllable(tokens[k + 1]) ? k : j;
}

/** The name as written, with single spaces ("C. Ashton", "K.Harris"). */
function nameText(tokens: Token[], [a, b]: [number, number]): string {
  let out = tokens[a]!.text;
  for (let i = a + 1; i <= b; i++) out += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return out;
}

/**
 * "Đại diện cấp cao về chính sách đối ngoại và an ninh của EU": a title's field ("về …", at most 10
 * words, no punctuation) up to "của" + a known body, or up to a known organization itself. Returns the
 * body's first token, or `j` unchanged.
 */
function portfolioEnd(tokens: Token[], j: number, knownAt: Map<number, KnownTok>): number {
  const cues = viLexicon().cues;
  const open = cues.portfolio.at(tokens, j);
  if (!open) return j;
  for (let k = open.end; k < tokens.length && k - open.end <= 10; k++) {
    const of = cues['post-of'].at(tokens, k);
    if (of && k > open.end && knownAt.has(of.end)) return of.end;
    // the field may be capitalised ("về Chính sách An ninh và Đối ngoại") and end at the body itself
    if (knownAt.has(k)) return k > open.end + 1 && knownAt.get(k)!.hit.type === 'Organization' ? k : j;
    if (!tokens[k]!.word) return j;
  }
  return j;
}
