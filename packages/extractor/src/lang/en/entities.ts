/**
 * Entity mentions over the tokens of one document, in passes:
 *  1. gazetteer hits (countries, organizations, seats, places);
 *  2. titles ("Russian Foreign Minister Sergei Lavrov", "NATO Secretary General Jens
 *     Stoltenberg", "U.S. Secretary of State X") → a person plus the post they hold;
 *  3. untitled names whose first word is a known given name ("Hillary Clinton") or
 *     that stand before a reporting verb ("Wang Yi said");
 *  4. surnames alone ("Lavrov said") resolve to a person named in full in the document.
 * Precision first: an unknown capitalised phrase with no such cue is not an entity.
 */
import { slugify } from '../../names/slugify.js';
import { lexiconTags, type Token, type Tokenized } from './tokens.js';
import type { Gazetteer, GazetteerEntry, KnownPerson } from './actors.js';
import type { Demonym, EntityRef, Group, Post, Recognized, TokMention } from './mentions.js';
import { knownPersonOf, knownRef } from './people.js';
import type { EnLexicon } from './lexicon.js';
import { cuedPlaces, featurePlacesAndEvents } from './places.js';
import { findGroups, groupMention } from './groups.js';
import { governmentBodies, longerBody } from './bodies.js';
import { appositivePost } from './appositives.js';
import { findDelegations } from './delegations.js';

const NO_TOKENS: ReadonlySet<number> = new Set();
const refOf = (e: GazetteerEntry): EntityRef => ({ id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}) });
const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];
const isGivenName = (t: Token): boolean => NAME_TAGS.some((n) => t.tags.has(n));
/** Words that are never part of a name even when capitalised (sentence-initial function words, dates). */
const notName = (t: Token): boolean => !t.cap || t.text.length < 2 || t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Preposition') || t.tags.has('Conjunction');

/** Token range [first, last) covering the character span [start, end), or undefined. */
function tokenRange(tokens: Token[], startIdx: Map<number, number>, start: number, end: number): [number, number] | undefined {
  const first = startIdx.get(start);
  if (first === undefined) return undefined;
  let last = first;
  while (last < tokens.length && tokens[last].start < end) last++;
  return tokens[last - 1].end >= end || tokens[last - 1].end + 2 >= end ? [first, last] : undefined;
}

/** Runs every pass over a tokenized document. */
export function recognize(text: string, tok: Tokenized, gaz: Gazetteer, lex: EnLexicon): Recognized {
  const { tokens } = tok;
  const at: Array<TokMention | undefined> = new Array(tokens.length);
  const startIdx = new Map<number, number>();
  for (const t of tokens) startIdx.set(t.start, t.i);
  const mentions: TokMention[] = [];
  const put = (m: TokMention): void => { for (let k = m.first; k < m.last; k++) if (at[k]) return; at[m.first] = m; for (let k = m.first + 1; k < m.last; k++) at[k] = m; mentions.push(m); };

  /** The country named by the token ending at k: a country mention or a demonym ("U.S.", "Israeli"). */
  const countryBefore = (k: number): EntityRef | undefined => {
    const m = at[k];
    if (m && m.last === k + 1) return (m.actor ?? m.entity).type === 'Country' ? m.actor ?? m.entity : undefined;
    const d = tokens[k] && !tokens[k].possessive ? gaz.demonym(tokens[k].text) : undefined;
    return d ? refOf(d) : undefined;
  };
  // 1. Gazetteer, then acronyms the text defines ("… Organization (CSTO)") and their later uses.
  const scan = gaz.scan(text);
  for (const hit of scan.mentions) {
    const r = tokenRange(tokens, startIdx, hit.start, hit.end);
    if (!r) continue;
    const entity = refOf(hit.entry);
    const actor = hit.entry.seatOf ? refOf(gaz.actorOf(hit.entry)) : undefined;
    const longer = entity.type === 'Organization' ? longerBody(text, tokens, r[0], r[1], at, countryBefore) : undefined;
    if (longer) { put(longer); continue; }
    put({ first: r[0], last: r[1], start: hit.start, end: hit.end, text: hit.text, entity, ...(actor ? { actor } : {}) });
  }

  for (const { definition: d, entry } of scan.acronyms) {
    const ref = refOf(entry);
    const long = tokenRange(tokens, startIdx, d.start, d.end);
    if (long) put({ first: long[0], last: long[1], start: d.start, end: d.end, text: d.long, entity: ref });
    for (const t of tokens) {
      if (t.text !== d.short && !(t.possessive && t.text.replace(/['’]s?$/, '') === d.short)) continue;
      put({ first: t.i, last: t.i + 1, start: t.start, end: t.start + d.short.length, text: d.short, entity: ref });
    }
  }

  // Groups the text defines by their members ("the E3 (France, Germany and Britain)"), and their later uses.
  const groups: Group[] = [];
  for (const g of findGroups(tokens, at, lex.fw['group-noun'])) {
    const org = groupMention(g.name);
    put(org);
    groups.push({ org, members: g.members });
    for (const t of tokens) if (!at[t.i] && t.text === g.name.text) put({ ...groupMention(t), entity: org.entity });
  }

  // Demonyms ("Russian", "North Korean"), by the token they start at.
  const demonyms = new Map<number, Demonym>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (at[k] || !t.cap || t.possessive) continue;
    const next = tokens[k + 1];
    const two = next && next.cap && !next.possessive && !at[k + 1] && t.post === ' ' ? gaz.demonym(`${t.text} ${next.text}`) : undefined;
    const e = two ?? gaz.demonym(t.text);
    if (!e) continue;
    const last = two ? k + 2 : k + 1;
    const d: Demonym = { ref: refOf(e), first: k, last, start: t.start, end: tokens[last - 1].end, text: text.slice(t.start, tokens[last - 1].end) };
    demonyms.set(k, d);
    demonyms.set(last - 1, d);
    k = last - 1;
  }

  // Government bodies the gazetteer lacks ("the Indian Ministry of External Affairs").
  governmentBodies(text, tokens, at, demonyms, lex).forEach(put);

  // Known people named in full ("Xi Jinping", "Raúl Castro"): persons even with no title or cue.
  const persons = new Map<string, EntityRef>();
  const known = new Map<string, KnownPerson>();
  const resolvePerson = (surface: string): EntityRef | undefined => {
    const p = knownPersonOf(surface, gaz.people);
    if (!p) return undefined;
    known.set(p.id, p);
    return knownRef(p);
  };
  for (const s of tok.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (at[i] || !tokens[i].cap || demonyms.has(i) || !gaz.people?.startsName(tokens[i].norm)) continue;
      const end = nameRun(tokens, at, NO_TOKENS, i, s.last, lex.nameParticles);
      for (let n = Math.min(end - i, 4); n >= 2; n--) {
        const surface = text.slice(tokens[i].start, tokens[i + n - 1].end).replace(/['’]s?$/, '');
        const p = gaz.people.byName(surface);
        if (!p) continue;
        const ref = knownRef(p);
        known.set(ref.id, p);
        persons.set(surface, ref);
        put({ first: i, last: i + n, start: tokens[i].start, end: tokens[i].start + surface.length, text: surface, entity: ref });
        i += n - 1;
        break;
      }
    }
  }

  // 2. Titles.
  const titleTokens = new Set<number>();
  const titleAt = new Map<number, { last: number; canonical: string }>();
  const isModifier = (t: Token): boolean => gaz.title(t.text)?.kind === 'modifier';
  const formerEndingAt = new Map<number, number>();  // last token of a "former" modifier → its first token
  for (const tm of scan.titles) {
    if (tm.title.lang !== 'en') continue;
    const r = tokenRange(tokens, startIdx, tm.start, tm.end);
    if (!r || r.some((k) => at[k] && at[k]!.entity.type !== 'Person')) continue;
    if (tm.title.kind === 'modifier' && tm.title.canonical === 'former') formerEndingAt.set(r[1] - 1, r[0]);
    if (tm.title.kind !== 'title') continue;
    titleAt.set(r[0], { last: r[1], canonical: tm.title.canonical });
    for (let k = r[0]; k < r[1]; k++) titleTokens.add(k);
  }
  // A capitalised prefix before a title ("Chinese Vice Foreign Minister X") belongs to it.
  for (const [i, title] of [...titleAt]) {
    for (let n = 2; n >= 1; n--) {
      const p = i - n >= 0 ? prefixAt(tokens, i - n, lex, n) : undefined;
      if (!p || p.last !== i || !tokens[i - n].cap || at[i - n] || titleAt.has(i - n)) continue;
      titleAt.delete(i);
      titleAt.set(i - n, { last: title.last, canonical: `${p.canonical} ${title.canonical}` });
      for (let j = i - n; j < i; j++) titleTokens.add(j);
      break;
    }
  }
  // Lower-case titles after a qualifier ("Russia's foreign minister Sergei Lavrov"): the shared
  // matcher wants capitals, so they are looked up here, only when a capitalised name follows.
  for (let k = 0; k < tokens.length; k++) {
    const q = at[k] ?? undefined;
    const isQualifier = (q && q.last - 1 === k && q.entity.type !== 'Person' && q.entity.type !== 'Event') || (demonyms.get(k)?.last === k + 1);
    if (!isQualifier) continue;
    // A modifier may stand between ("Russia's former president …").
    const s = tokens[k + 1] && isModifier(tokens[k + 1]) ? k + 2 : k + 1;
    if (titleAt.has(s)) continue;
    const hit = lowerTitleAt(tokens, s, gaz, lex);
    // The name must follow in the same sentence ("… with the Russian leader. Erdogan and …" is none).
    if (!hit || !/^ $/.test(tokens[hit.last - 1].post) || !tokens[afterDestination(tokens, at, hit.last)]?.cap) continue;
    titleAt.set(s, { last: hit.last, canonical: hit.canonical });
    for (let j = s; j < hit.last; j++) titleTokens.add(j);
  }
  // A lower-case title right before a known person who holds that post ("press secretary Sarah
  // Sanders"): the people gazetteer vouches for it, so no qualifier is needed.
  for (const m of mentions) {
    const p = m.entity.type === 'Person' ? known.get(m.entity.id) : undefined;
    const before = tokens[m.first - 1];
    if (!p || !before || before.cap || !/^ $/.test(before.post) || !/^\p{Ll}+$/u.test(before.text)) continue;
    for (let s = Math.max(0, m.first - 4); s < m.first; s++) {
      if (titleAt.has(s) || titleTokens.has(s) || at[s] || tokens[s].cap) continue;
      const hit = lowerTitleAt(tokens, s, gaz, lex);
      if (!hit || hit.last !== m.first || !p.posts.some((post) => post.title.toLowerCase() === hit.canonical.toLowerCase())) continue;
      titleAt.set(s, { last: hit.last, canonical: hit.canonical });
      for (let j = s; j < hit.last; j++) titleTokens.add(j);
      break;
    }
  }
  const posts: Post[] = [];
  const personMention = (first: number, last: number): TokMention => {
    const start = tokens[first].start, end = tokens[last - 1].end;
    const surface = text.slice(start, end).replace(/['’]s?$/, '');
    const ref = personRef(surface, persons, resolvePerson);
    return { first, last, start, end: start + surface.length, text: surface, entity: ref };
  };
  for (const [i, title] of titleAt) {
    let k = title.last;
    const q = qualifierBefore(tokens, at, demonyms, i > 0 && isModifier(tokens[i - 1]) ? i - 1 : i);
    let of: EntityRef | undefined = q?.ref;
    // "Secretary of State" is one title; "Secretary General of NATO" / "President of Ukraine" take "of X".
    if (tokens[k]?.norm === 'of' && at[k + 1] && at[k + 1]!.entity.type !== 'Person') { of ??= at[k + 1]!.actor ?? at[k + 1]!.entity; k = at[k + 1]!.last; }
    k = afterDestination(tokens, at, k);
    // A known person already read there ("Foreign Minister Sergei Lavrov") takes the title.
    const seen = at[k]?.first === k && at[k]!.entity.type === 'Person' ? at[k] : undefined;
    const nameEnd = seen ? seen.last : nameRun(tokens, at, titleTokens, k, tokens.length, lex.nameParticles);
    if (nameEnd === k) continue;
    const m = seen ?? personMention(k, nameEnd);
    if (!seen) put(m);
    // "former (Russian) President X": the post is a past one and says so.
    let first = q ? q.first : i;
    const isFormer = (j: number): boolean => j >= 0 && (formerEndingAt.has(j) || (gaz.title(tokens[j].text)?.kind === 'modifier' && gaz.title(tokens[j].text)?.canonical === 'former'));
    const former = isFormer(first - 1) ? first - 1 : isFormer(i - 1) ? i - 1 : undefined;
    if (former !== undefined) first = Math.min(first, former);
    const titleName = former !== undefined ? `former ${title.canonical}` : title.canonical;
    posts.push({ person: m, title: titleName, ...(of ? { of } : {}), first, last: nameEnd, ...(lex.relationalTitles.has(title.canonical) ? { relational: true } : {}) });
  }

  // Places named by a feature noun ("Sabina Shoal") and named events, before any person pass.
  const named = featurePlacesAndEvents(text, tokens, tok.sentences, at, demonyms, lex);
  named.own.forEach(put);

  // 3. Untitled names: a given name followed by capitalised words, or a name before a reporting verb.
  for (const s of tok.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (at[i] || titleTokens.has(i) || notName(tokens[i]) || demonyms.has(i) || gaz.title(tokens[i].text)?.kind === 'honorific') continue;
      const end = nameRun(tokens, at, titleTokens, i, s.last, lex.nameParticles);
      if (end - i < 2) continue;
      const cue = isGivenName(tokens[i]) || lex.reportVerbs.has(tokens[end]?.norm ?? '');
      if (cue && !tokens.slice(i, end).some((t) => lex.headWords.has(t.norm))) put(personMention(i, end));
      i = end - 1;
    }
  }

  // 4. Surnames alone, resolved to a full name seen anywhere in the document.
  // A short form is the last word ("Lavrov"), or the first when that is not a given name
  // (family name first: "Xi" of "Xi Jinping"); a short form shared by two people is dropped.
  const bySurname = new Map<string, EntityRef>();
  const index = (key: string, p: EntityRef): void => { bySurname.set(key, bySurname.has(key) && bySurname.get(key)!.id !== p.id ? { ...p, id: '' } : p); };
  for (const [surface, p] of persons) {
    const parts = surface.split(/\s+/).filter((w) => !lex.nameParticles.has(w));
    if (parts.length < 2) continue;
    index(parts[parts.length - 1], p);
    if (!isGivenName({ tags: lexiconTags(parts[0].toLowerCase()) } as Token)) index(parts[0], p);
  }
  if (bySurname.size) for (const t of tokens) {
    if (at[t.i] || !t.cap || isDateUse(tokens, t.i)) continue;
    const base = t.text.replace(/['’]s?$/, '');
    const p = bySurname.get(base);
    if (p && p.id) put({ first: t.i, last: t.i + 1, start: t.start, end: t.start + base.length, text: base, entity: p });
  }

  // 4b. A lone surname with no full name in the document, as a speaker ("Putin said", "…, said
  // Putin.") or after an honorific ("Mr Putin"): a person named by that one word, for the corpus merge to join to a full name.
  const lone = new Map<string, EntityRef>();
  for (const s of tok.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (at[i] || !isLoneSurname(tokens, i, s.first, lex, demonyms, titleTokens)) continue;
      const next = tokens[i + 1], prev = tokens[i - 1];
      const before = next && !next.cap && lex.reportVerbs.has(next.norm) && !/[^\s]/.test(tokens[i].post);
      const after = prev && i > s.first && lex.reportVerbs.has(prev.norm) && (i + 1 === s.last || /[,.;]/.test(tokens[i].post));
      // "Mr Putin", "Dr Tedros": an honorific marks a person.
      const honorific = prev && i > s.first && gaz.title(prev.text)?.kind === 'honorific' && /^\.? $/.test(prev.post) && !(next?.cap && /^ $/.test(tokens[i].post));
      if (!before && !after && !honorific) continue;
      const name = tokens[i].text.replace(/['’]s?$/, '');
      if (!lone.has(name)) lone.set(name, personRef(name, persons, resolvePerson));
    }
  }
  if (lone.size) for (const t of tokens) {
    const base = t.text.replace(/['’]s?$/, '');
    const p = lone.get(base);
    if (p && !at[t.i] && !isDateUse(tokens, t.i)) put({ first: t.i, last: t.i + 1, start: t.start, end: t.start + base.length, text: base, entity: p });
  }

  // Unknown names after "in/at/near" and datelines are places once no person or organization took them.
  cuedPlaces(text, tokens, tok.sentences, at, demonyms, titleTokens, lex).forEach(put);
  // Events named after a known organization ("the G20 summit") stand beside it.
  mentions.push(...named.beside);

  // 5. Appositive titles: "Sergei Lavrov, Russia's foreign minister, …", "Lavrov, the Russian foreign minister,".
  for (const m of [...mentions]) {
    const post = appositivePost(m, tokens, at, demonyms, posts, (k) => lowerTitleAt(tokens, k, gaz, lex), known.has(m.entity.id));
    if (!post) continue;
    for (let j = m.last; j < post.last; j++) if (!at[j] && !demonyms.has(j) && !/^(the|a|an|to)$/.test(tokens[j].norm)) titleTokens.add(j);
    posts.push(post);
  }

  mentions.sort((a, b) => a.start - b.start);
  const delegations = findDelegations(tokens, at, demonyms, posts, lex);
  return { at, mentions, posts, demonyms, titleTokens, groups, known, delegations };
}

const SURNAME_TAGS = new Set(['LastName', ...NAME_TAGS]);
/**
 * Can the one word at k be a surname standing alone? Capitalised, not a title, demonym or actor
 * head ("Officials"), and not a common word in compromise's lexicon ("Police", "Critics"); at
 * the start of a sentence, where every word is capitalised, a plural-looking word ("Sources",
 * "Protesters") is not taken unless the lexicon knows it as a name.
 */
function isLoneSurname(tokens: Token[], k: number, sentenceFirst: number, lex: EnLexicon, demonyms: Map<number, Demonym>, titleTokens: Set<number>): boolean {
  const t = tokens[k];
  if (notName(t) || t.pre === '(' || titleTokens.has(k) || demonyms.has(k) || lex.headWords.has(t.norm) || /^\p{Lu}+$/u.test(t.text)) return false;
  if (/[\d.]/.test(t.text) || lex.nameParticles.has(t.norm) || lex.notNames.has(t.norm)) return false;
  if ([...t.tags].some((g) => !SURNAME_TAGS.has(g))) return false;
  if (k === sentenceFirst && /s$/.test(t.norm) && !t.tags.has('LastName')) return false;
  return true;
}

/** The longest title (any case, up to four words, kind "title") starting at token k; a prefix may lead ("vice foreign minister"). */
function lowerTitleAt(tokens: Token[], k: number, gaz: Gazetteer, lex: EnLexicon): { last: number; canonical: string } | undefined {
  const pre = prefixAt(tokens, k, lex);
  if (pre) {
    const rest = lowerTitleAt(tokens, pre.last, gaz, lex);
    if (rest) return { last: rest.last, canonical: `${pre.canonical} ${rest.canonical}` };
  }
  const word = tokens[k]?.text;
  if (word === undefined || (gaz.titleStart && !gaz.titleStart(word) && !extraTitleFirsts(lex).has(word.toLowerCase()))) return undefined;
  // Words joined by spaces or hyphens only, up to four.
  const surfaces: string[] = [];
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    surfaces.push(j === k ? tokens[j].text : `${surfaces[surfaces.length - 1]} ${tokens[j].text}`);
    if (/[^\s\-]/.test(tokens[j].post)) break;
  }
  for (let n = surfaces.length; n >= 1; n--) {
    const surface = surfaces[n - 1];
    const e = gaz.title(surface);
    if (e && e.kind === 'title' && e.lang === 'en') return { last: k + n, canonical: e.canonical };
    const extra = lex.extraTitles.get(surface.toLowerCase());
    if (extra) return { last: k + n, canonical: extra };
  }
  return undefined;
}

/** First words of the lexicon's extra titles (keys are lower-case words joined by spaces). */
const extraFirsts = new WeakMap<EnLexicon, Set<string>>();
function extraTitleFirsts(lex: EnLexicon): Set<string> {
  let firsts = extraFirsts.get(lex);
  if (!firsts) extraFirsts.set(lex, (firsts = new Set([...lex.extraTitles.keys()].map((t) => t.split(' ')[0]))));
  return firsts;
}

/** After a post's destination ("ambassador to the EU X"): the token after "to [the] <entity>", else k. */
function afterDestination(tokens: Token[], at: Array<TokMention | undefined>, k: number): number {
  if (tokens[k]?.norm !== 'to') return k;
  const j = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  const m = at[j];
  return m && m.first === j && m.entity.type !== 'Person' ? m.last : k;
}

/** A title prefix ("Vice", "First Deputy") starting at token k and joined to the next word. */
const prefixFirsts = new WeakMap<EnLexicon, Set<string>>();
function prefixAt(tokens: Token[], k: number, lex: EnLexicon, maxLen = 2): { last: number; canonical: string } | undefined {
  let firsts = prefixFirsts.get(lex);
  if (!firsts) prefixFirsts.set(lex, (firsts = new Set([...lex.titlePrefixes.keys()].map((p) => p.split(' ')[0]))));
  if (!firsts.has(tokens[k]?.norm)) return undefined;
  for (let n = maxLen; n >= 1; n--) {
    if (k + n >= tokens.length || tokens.slice(k, k + n).some((t) => !/^[\s-]+$/.test(t.post) || t.possessive)) continue;
    const c = lex.titlePrefixes.get(tokens.slice(k, k + n).map((t) => t.norm).join(' '));
    if (c) return { last: k + n, canonical: c };
  }
  return undefined;
}

/** A month or weekday used as a date ("in May", "May 4"), not the surname of "Theresa May". */
function isDateUse(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.tags.has('Month') && !t.tags.has('WeekDay') && !t.tags.has('Modal')) return false;
  return tokens[k - 1]?.tags.has('Preposition') === true || /^\d/.test(tokens[k + 1]?.text ?? '');
}

/** The end of a run of capitalised name words from `i` (at most four, stopping at punctuation). */
function nameRun(tokens: Token[], at: Array<TokMention | undefined>, titleTokens: ReadonlySet<number>, i: number, limit: number, particles: ReadonlySet<string>): number {
  let k = i;
  while (k < limit && k - i < 5) {
    const t = tokens[k];
    // An initial before a name ("S. Jaishankar", "John F. Kennedy").
    if (/^\p{Lu}$/u.test(t.text) && t.post === '. ' && !at[k] && !titleTokens.has(k) && k + 1 < limit && tokens[k + 1].cap && !at[k + 1]) { k++; continue; }
    // "von der Leyen", "bin Salman": lower-case particles inside a name, never at its ends.
    if (k > i && particles.has(t.norm) && !t.cap) {
      let j = k;
      while (j < limit && particles.has(tokens[j].norm) && !tokens[j].cap && !/[^\s]/.test(tokens[j].post)) j++;
      if (j < limit && !notName(tokens[j]) && !at[j]) { k = j; continue; }
      break;
    }
    // A hyphen joins a double-barrelled name ("Thomas-Greenfield"); other opening punctuation ends it.
    if (at[k] || titleTokens.has(k) || notName(t) || (t.pre && !(k > i && /^[-‐]$/.test(t.pre)))) break;
    k++;
    if (/[^\s'’-]/.test(t.post) || t.possessive) break;
  }
  return k;
}

/** The country or organization qualifying a title: "Russian", "Russia's", "NATO", "U.S.". */
function qualifierBefore(tokens: Token[], at: Array<TokMention | undefined>, demonyms: Map<number, Demonym>, i: number): { ref: EntityRef; first: number } | undefined {
  const j = i - 1;
  if (j < 0 || /[,;:.(]/.test(tokens[j].post)) return undefined;
  const dem = demonyms.get(j);
  if (dem) return { ref: dem.ref, first: dem.first };
  const m = at[j];
  if (m && m.entity.type !== 'Person' && m.entity.type !== 'Event') return { ref: m.actor ?? m.entity, first: m.first };
  return undefined;
}

/**
 * One person entity per full name; a shorter name that is a suffix of one seen is that person;
 * a person of the people gazetteer takes its id and name.
 */
function personRef(surface: string, persons: Map<string, EntityRef>, resolve: (name: string) => EntityRef | undefined): EntityRef {
  const name = surface.replace(/\s+/g, ' ').trim();
  const seen = persons.get(name) ?? [...persons.entries()].find(([s, p]) => s.endsWith(` ${name}`) || p.name.endsWith(` ${name}`))?.[1];
  if (seen) return seen;
  const ref: EntityRef = resolve(name) ?? { id: slugify(name), name, type: 'Person' };
  persons.set(name, ref);
  return ref;
}
