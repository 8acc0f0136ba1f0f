/**
 * Pass 2 over a document: turns each sentence's annotations into argument units (spans
 * that stand for one entity: a named entity, a person phrase with its title, a bare role
 * "Ngoại trưởng Nga", or an anaphor "ông", "hai bên", "liên minh này" resolved from the
 * preceding sentences), and records every entity mention.
 */
import type { EntityType } from '../../schema.js';
import type { CleanDocument } from '../../types.js';
import { isProse, splitSentences } from '../../text/sentences.js';
import { slugify } from '../../names/slugify.js';
import { annotate, within, type Annotated, type PersonPhrase } from './annotate.js';
import { EntityTable } from './entities.js';
import { documentTokens, sentenceTokens } from './document-tokens.js';
import { findEvents } from './events.js';
import { findPlaces } from './places.js';
import { nameAt, isNameSyllable } from './names.js';
import { knownPersonOf, PersonIndex, sameFullName, type PersonCluster } from './persons.js';
import { viLexicon } from './lexicon.js';
import type { KnownHit, KnownPerson, ViResources } from './resources.js';
import { foldKey } from '../../text/tokens.js';
import { namesMatch } from '../../names/index.js';

export interface Unit {
  first: number;
  last: number; // token indexes, inclusive
  id: string;
  type: EntityType;
  /** name: named here; role: a title standing for a person named elsewhere; anaphor: a pronoun-like phrase. */
  via: 'name' | 'role' | 'anaphor';
  /** For pair anaphors ("hai bên"): the two entities. */
  pair?: [string, string];
}

export interface SentenceModel extends Annotated {
  units: Unit[];
}

export interface DocumentModel {
  doc: CleanDocument;
  sentences: SentenceModel[];
  entities: EntityTable;
  persons: PersonIndex;
  /** Person entity id → its stated posts, for HOLDS_POSITION and attribution. */
  posts: Map<string, Array<{ title: string; affiliation?: string }>>;
  /** Each person phrase with the entity id it resolved to, and its post (counterparts resolved). */
  phrases: Array<{ sentence: number; phrase: PersonPhrase; id: string; title?: string }>;
  /** Entity id → entity ids it acts for (a person's countries/organizations). */
  sides(id: string): Set<string>;
  /** A capital named as a place ("tại Tokyo") → its country. */
  capitalOf: Map<string, string>;
}

const sortByStart = <T extends { start: number }>(a: T[]): T[] => a.sort((x, y) => x.start - y.start);

export function buildDocument(doc: CleanDocument, res: ViResources): DocumentModel {
  const lex = viLexicon();
  const found = res.entities(doc.text);
  sortByStart(found);
  const known = sortByStart(found.concat(findEvents(doc.text, found, doc.published), findPlaces(doc.text, found)));
  const titles = sortByStart(res.titles(doc.text));
  const people = sortByStart(res.persons?.(doc.text) ?? []);
  const tokens = documentTokens(doc.text);
  const annotated = splitSentences(doc.text).map((s, i) =>
    annotate(i, s, within(known, s.start, s.end), within(titles, s.start, s.end), within(people, s.start, s.end), sentenceTokens(tokens, s)),
  );

  // Persons: cluster names, join the clusters of one known person, then give each phrase its post (a counterpart takes the other person's title).
  const persons = new PersonIndex(res.samePerson ?? namesMatch);
  const clusterOf = persons.build(annotated.flatMap((a) => a.persons.map((p) => p.name)));
  const knownOf = new Map<PersonCluster, KnownPerson>();
  const clusterByKnown = new Map<string, PersonCluster>();
  for (const c of [...persons.clusters]) {
    const e = knownPersonOf(c, res);
    if (!e) continue;
    const first = clusterByKnown.get(e.id);
    if (first) {
      persons.merge(first, c, clusterOf);
      continue;
    }
    clusterByKnown.set(e.id, c);
    knownOf.set(c, e);
  }
  const entities = new EntityTable();
  const idOf = new Map<PersonCluster, string>();
  for (const c of persons.clusters) {
    const e = knownOf.get(c);
    const name = e?.name ?? persons.canonical(c);
    const id = e?.id ?? (slugify(name) || c.key);
    idOf.set(c, id);
    entities.ensure(id, name, 'Person', e?.wikidata);
  }
  const ensureKnown = (id: string, hit?: KnownHit): { id: string; type: EntityType } | undefined => {
    if (!entities.has(id)) {
      const e = hit && hit.id === id ? hit : res.byId(id);
      if (!e) return undefined;
      entities.ensure(id, e.name, e.type, e.wikidata);
    }
    return { id, type: entities.type(id)! };
  };

  const phrases: DocumentModel['phrases'] = [];
  const capitalOf = new Map<string, string>();
  const posts = new Map<string, Array<{ title: string; affiliation?: string }>>();
  // A person who speaks for a body of a country ("Bộ Ngoại giao Trung Quốc") speaks for the country too.
  const extraSides = new Map<string, Set<string>>();
  const counterpartTitle = (a: Annotated, at: number): string | undefined => {
    const others = a.persons.filter((p) => p.title && !p.counterpart).concat(a.roles.filter((r) => r.title && !r.counterpart) as never[]);
    const before = others.filter((p) => p.first < at);
    return (before[before.length - 1] ?? others[0])?.title;
  };
  const domestic = domesticCountry(res);
  for (const a of annotated) {
    for (const p of a.persons) {
      const c = clusterOf.get(p.name);
      if (!c) continue;
      const id = idOf.get(c)!;
      // "Tổng thống Lee Jae-myung": the country of that post from the people gazetteer, at the article's date
      const e = knownOf.get(c);
      if (e && !p.affiliation && p.title && !p.counterpart) p.affiliation = knownAffiliation(res, e, p.title, doc.published);
      if (domestic && !p.affiliation && p.title && !p.counterpart && isDomesticName(a.tokens, p.nameFirst, p.nameLast)) p.affiliation = domestic;
      const title = p.counterpart ? counterpartTitle(a, p.first) : p.title;
      phrases.push({ sentence: a.index, phrase: p, id, title });
      if (p.affiliationTok && p.affiliationTok[1] > p.affiliationTok[0]) {
        const from = a.tokens[p.affiliationTok[0] + 1]!.start,
          to = a.tokens[p.affiliationTok[1]]!.end;
        for (const h of res.entities(doc.text.slice(from, to))) {
          const country = h.type === 'Country' ? h.id : h.seatOf;
          if (country && country !== p.affiliation) extraSides.set(id, (extraSides.get(id) ?? new Set()).add(country));
          // "Chủ tịch Thượng viện Campuchia": the post of a country's body is a post of the country too
          if (h.type === 'Country' && p.affiliation && countryOfBody(res, p.affiliation) === h.id && ensureKnown(h.id, h)) {
            p.country = h.id;
            entities.mention(h.id, from + h.start, from + h.end, doc.text.slice(from + h.start, from + h.end), isProse(a.sentence.text));
          }
        }
      }
      if (title && !p.former) {
        for (const t of [title, ...(p.also ?? [])]) {
          for (const aff of p.country ? [p.affiliation, p.country] : [p.affiliation]) {
            c.posts.push({ title: t, affiliation: aff });
            const list = posts.get(id) ?? [];
            if (!list.some((q) => q.title === t && q.affiliation === aff)) list.push({ title: t, affiliation: aff });
            posts.set(id, list);
          }
        }
      }
    }
  }

  const runCluster = new Map<string, PersonCluster | null>(); // capitalised run → the person it names (or none)
  /** "Xi" or "Pu-tin" without a cue: a known person already named in this document by another form. */
  const knownRun = (text: string, alone: boolean): PersonCluster | undefined => {
    const list = alone ? (res.personsBySurname?.(text) ?? []) : [res.person?.(text)].filter((x): x is KnownPerson => Boolean(x));
    return list.length === 1 ? clusterByKnown.get(list[0]!.id) : undefined;
  };
  const anaphorFirsts = new Set<string>(); // first syllables of anaphor cues: most tokens are none
  for (const k of ['pair-anaphor', 'org-anaphor', 'country-anaphor', 'person-anaphor'] as const)
    for (const f of lex.cues[k].firstSyllables()) anaphorFirsts.add(f);

  // Discourse state for anaphora.
  let focusPerson: { id: string; sentence: number } | undefined;
  let lastPair: { pair: [string, string]; sentence: number } | undefined;
  let lastOrg: { id: string; sentence: number } | undefined;
  const orgMentions = new Map<string, number>(); // salience: organizations named so far
  const recentOrgs: Array<{ id: string; sentence: number }> = [];
  let lastCountry: { id: string; sentence: number } | undefined;

  const knownSide = (h: KnownHit): string | undefined => (h.type === 'Country' || h.type === 'Organization' ? h.id : h.seatOf);
  // Quotations spanning several sentences: the speaker named where the quotation closes speaks for all of them.
  const quoteSpeaker = new Map<number, string>(); // sentence index → speaker entity id
  const openAtStart = new Uint8Array(annotated.length);
  {
    let open = false,
      from = -1;
    annotated.forEach((a, k) => {
      openAtStart[k] = open ? 1 : 0;
      const startedOpen = open;
      for (const t of a.tokens) if (QUOTES.test(t.text)) open = !open;
      if (!startedOpen && open) from = k;
      if (startedOpen && !open) {
        const id = speakerAfterQuote(a, clusterOf, idOf, persons, knownSide);
        if (id) for (let q = from; q <= k; q++) quoteSpeaker.set(q, id);
      }
    });
  }

  const sentences: SentenceModel[] = annotated.map((a) => {
    const { tokens, prose } = a;
    const units: Unit[] = [];
    const taken = new Uint8Array(tokens.length);
    const take = (u: Unit): void => {
      units.push(u);
      taken.fill(1, u.first, u.last + 1);
    };
    const mention = (id: string, first: number, last: number): void => {
      const start = tokens[first]!.start,
        end = tokens[last]!.end;
      entities.mention(id, start, end, doc.text.slice(start, end), prose);
    };
    // person phrases
    for (const p of a.persons) {
      const c = clusterOf.get(p.name);
      if (!c) continue;
      const id = idOf.get(c)!;
      mention(id, p.nameFirst, p.nameLast);
      take({ first: p.first, last: p.last, id, type: 'Person', via: 'name' });
    }
    // bare roles: "Ngoại trưởng Nga" → the one person holding that post in this document
    for (const r of a.roles) {
      const title = r.counterpart ? counterpartTitle(a, r.first) : r.title;
      if (!title || r.former) continue;
      // "hai Thủ tướng": the two persons holding that post, else the last pair named
      if (r.first > 0 && !r.affiliation && lex.cues['pair-count'].at(tokens, r.first - 1)?.end === r.first) {
        const holders = persons.holders(title);
        const p =
          holders.length === 2
            ? ([idOf.get(holders[0]!)!, idOf.get(holders[1]!)!] as [string, string])
            : lastPair && a.index - lastPair.sentence <= 3
              ? lastPair.pair
              : undefined;
        if (p) take({ first: r.first - 1, last: r.last, id: p[0], type: entities.type(p[0]) ?? 'Person', via: 'anaphor', pair: p });
        continue;
      }
      // "Trưởng đoàn Việt Nam": whoever holds a post for that country, when only one does
      const c =
        persons.byPost(title, r.affiliation) ?? (r.affiliation && lex.cues.delegation.at(tokens, r.first) ? persons.byAffiliation(r.affiliation) : undefined);
      if (c) take({ first: r.first, last: r.last, id: idOf.get(c)!, type: 'Person', via: 'role' });
    }
    // known entities: affiliations inside person/role phrases are mentions only
    for (const k of a.known) {
      const actor = k.hit.seatOf && !isLocative(tokens, k.first);
      const target = actor ? ensureKnown(k.hit.seatOf!) : ensureKnown(k.hit.id, k.hit);
      if (!target) continue;
      if (k.hit.seatOf && !actor && res.byId(k.hit.seatOf)?.type === 'Country') capitalOf.set(target.id, k.hit.seatOf);
      mention(target.id, k.first, k.last);
      if (a.covered[k.first] || taken[k.first]) continue;
      take({ first: k.first, last: k.last, id: target.id, type: target.type, via: 'name' });
    }
    // names seen elsewhere with a cue: "Lavrov thừa nhận", "Sergey Lavrov."
    const gap = (x: number, y: number): string => a.sentence.text.slice(tokens[x]!.end - a.sentence.start, tokens[y]!.start - a.sentence.start);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] || a.covered[i] || !isNameSyllable(tokens[i])) continue;
      const run = nameAt(tokens, i, gap, (j) => Boolean(taken[j]));
      if (!run) continue;
      const parts = tokens
        .slice(run[0], run[1] + 1)
        .filter((t) => t.word)
        .map((t) => foldKey(t.text));
      const key = parts.join(' ');
      let c = runCluster.get(key);
      if (c === undefined) {
        c =
          (parts.length === 1 ? persons.bySurnameKey(parts[0]!) : persons.clusters.find((x) => sameFullName(parts, x.parts, res.samePerson ?? namesMatch))) ??
          knownRun(a.sentence.text.slice(tokens[run[0]]!.start - a.sentence.start, tokens[run[1]]!.end - a.sentence.start), parts.length === 1) ??
          null;
        runCluster.set(key, c);
      }
      if (c) {
        const id = idOf.get(c)!;
        mention(id, run[0], run[1]);
        take({ first: run[0], last: run[1], id, type: 'Person', via: 'name' });
      }
      i = run[1];
    }
    // anaphors
    const recent = (x: { sentence: number } | undefined, window: number): boolean => Boolean(x && a.index - x.sentence <= window);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] || a.covered[i] || !anaphorFirsts.has(tokens[i]!.lower)) continue;
      const pair = lex.cues['pair-anaphor'].at(tokens, i);
      const org = lex.cues['org-anaphor'].at(tokens, i);
      const country = lex.cues['country-anaphor'].at(tokens, i);
      const person = lex.cues['person-anaphor'].at(tokens, i);
      if (pair && (tokens[i]!.cap ? i === 0 : true)) {
        const own = coordinatedPair(units, tokens, i);
        let p = own ?? (recent(lastPair, 3) ? lastPair!.pair : undefined);
        // "hai nước": two countries; a pair of persons stands for their countries then
        if (p && lex.cues['country-pair'].at(tokens, i)?.end === pair.end) p = countryPair(p);
        if (p) take({ first: i, last: pair.end - 1, id: p[0], type: entities.type(p[0]) ?? 'Organization', via: 'anaphor', pair: p });
        i = pair.end - 1;
      } else if (org && !isNameSyllable(tokens[org.end]) && (recent(lastOrg, 3) || orgBefore(units, i))) {
        // "liên minh này", "khối": the most-named organization of the recent sentences (not merely the last one: a ministry named in passing is not "the alliance");
        // failing that, one named earlier in this sentence ("BRICS mời … gia nhập khối")
        const id = (recent(lastOrg, 3) ? salientOrg(orgMentions, recentOrgs, a.index) : undefined) ?? orgBefore(units, i);
        if (id) take({ first: i, last: org.end - 1, id, type: 'Organization', via: 'anaphor' });
        i = org.end - 1;
      } else if (country && recent(lastCountry, 1)) {
        take({ first: i, last: country.end - 1, id: lastCountry!.id, type: 'Country', via: 'anaphor' });
        i = country.end - 1;
      } else if (person && !isNameSyllable(tokens[person.end])) {
        const here = units.filter((u) => u.type === 'Person' && u.last < i).sort((x, y) => x.first - y.first)[0];
        const id = here?.id ?? (recent(focusPerson, 3) ? focusPerson!.id : undefined);
        if (id) take({ first: i, last: person.end - 1, id, type: 'Person', via: 'anaphor' });
      }
    }
    quotedWe(a, units, take, (id) => sideOf(id), openAtStart[a.index] === 1, quoteSpeaker.get(a.index));
    units.sort((x, y) => x.first - y.first);
    mergeParenthesised(units, tokens);
    // update discourse state from this sentence
    const firstPerson = units.find((u) => u.type === 'Person');
    if (firstPerson) focusPerson = { id: firstPerson.id, sentence: a.index };
    for (const u of units) {
      if (u.type === 'Organization' && u.via !== 'anaphor') {
        lastOrg = { id: u.id, sentence: a.index };
        orgMentions.set(u.id, (orgMentions.get(u.id) ?? 0) + 1);
        recentOrgs.push({ id: u.id, sentence: a.index });
      }
      if (u.type === 'Country' && u.via !== 'anaphor') lastCountry = { id: u.id, sentence: a.index };
    }
    // "hai bên" later on: two sides joined by "và", or the two persons of one sentence ("X gặp Y. Hai bên …")
    // (only when no country or organization acts in that sentence: then the sides may be those)
    const people = [...new Set(units.filter((u) => u.type === 'Person' && u.via !== 'anaphor').map((u) => u.id))];
    const bodies = units.some((u) => (u.type === 'Country' || u.type === 'Organization') && u.via !== 'anaphor');
    const p =
      lastCoordinatedPair(units, tokens) ??
      (people.length === 2 && !bodies ? ([people[0]!, people[1]!] as [string, string]) : undefined) ??
      units.filter((u) => u.pair).pop()?.pair;
    if (p) lastPair = { pair: p, sentence: a.index };
    // The annotation becomes the sentence model in place: a spread copied every field of every sentence.
    return Object.assign(a, { units });
  });

  /** Two persons' countries (each with exactly one), or two countries as they are; else undefined. */
  function countryPair(p: [string, string]): [string, string] | undefined {
    const c = p.map((id) => {
      const x = sideOf(id);
      return x?.type === 'Country' ? x.id : undefined;
    });
    return c[0] && c[1] && c[0] !== c[1] ? [c[0], c[1]] : undefined;
  }

  /** The one country or body a unit speaks for: itself if it is one, a person's only stated affiliation otherwise. */
  function sideOf(id: string): { id: string; type: EntityType } | undefined {
    const type = entities.type(id);
    if (type === 'Country' || type === 'Organization') return { id, type };
    const affs = [...new Set((posts.get(id) ?? []).flatMap((p) => (p.affiliation ? [p.affiliation] : [])))];
    return affs.length === 1 ? ensureKnown(affs[0]!) : undefined; // the body may be named only later in the text
  }
  const sides = (id: string): Set<string> =>
    new Set([id, ...(posts.get(id) ?? []).flatMap((p) => (p.affiliation ? [p.affiliation] : [])), ...(extraSides.get(id) ?? [])]);
  return { doc, sentences, entities, persons, posts, phrases, sides, capitalOf };
}

const QUOTES = /["“”]/u;

/** In the sentence that closes a quotation: the entity named right before a speech verb after the closing quote. */
function speakerAfterQuote(
  a: Annotated,
  clusterOf: Map<string, PersonCluster>,
  idOf: Map<PersonCluster, string>,
  persons: PersonIndex,
  knownSide: (h: KnownHit) => string | undefined,
): string | undefined {
  const lex = viLexicon();
  const { tokens } = a;
  let lastQuote = -1;
  tokens.forEach((t, i) => {
    if (QUOTES.test(t.text)) lastQuote = i;
  });
  for (let i = lastQuote + 1; i < tokens.length; i++) {
    if (!lex.attribution.speech.at(tokens, i)) continue;
    const p = a.persons.find((x) => x.last === i - 1);
    if (p) {
      const c = clusterOf.get(p.name);
      return c ? idOf.get(c) : undefined;
    }
    const r = a.roles.find((x) => x.last === i - 1);
    if (r && r.title && !r.counterpart) {
      const c = persons.byPost(r.title, r.affiliation);
      return c ? idOf.get(c) : undefined;
    }
    const k = a.known.find((x) => x.last === i - 1);
    return k ? knownSide(k.hit) : undefined;
  }
  return undefined;
}

/**
 * "…chúng tôi…", X cho biết / X nói: "…chúng tôi…": "we" inside the quotation of a speaker named in
 * the same sentence stands for the speaker's country or body (when it has exactly one).
 */
function quotedWe(
  a: Annotated,
  units: Unit[],
  take: (u: Unit) => void,
  sideOf: (id: string) => { id: string; type: EntityType } | undefined,
  startsOpen: boolean,
  groupSpeaker: string | undefined,
): void {
  const lex = viLexicon();
  const { tokens } = a;
  const quote = tokens.map((t) => QUOTES.test(t.text));
  if (!startsOpen && !quote.some(Boolean)) return;
  // inside[i]: token i lies between an opening and a closing quote mark
  const inside = new Uint8Array(tokens.length);
  let open = startsOpen;
  for (let i = 0; i < tokens.length; i++) {
    if (quote[i]) open = !open;
    else if (open) inside[i] = 1;
  }
  let speaker: string | undefined = groupSpeaker;
  for (let i = 0; i < tokens.length && !speaker; i++) {
    if (inside[i] || !lex.attribution.speech.at(tokens, i)) continue;
    speaker = units.find((u) => u.last === i - 1 && u.via !== 'anaphor')?.id;
  }
  const side = speaker && sideOf(speaker);
  if (!side) return;
  for (let i = 0; i < tokens.length; i++) {
    const we = inside[i] ? lex.cues.we.at(tokens, i) : undefined;
    if (!we || units.some((u) => u.first <= i && i <= u.last)) continue;
    take({ first: i, last: we.end - 1, id: side.id, type: side.type, via: 'anaphor' });
    i = we.end - 1;
  }
}

/** The last organization named (not by an anaphor) before token i of this sentence. */
function orgBefore(units: Unit[], i: number): string | undefined {
  let best: Unit | undefined;
  for (const u of units) if (u.type === 'Organization' && u.via !== 'anaphor' && u.last < i && (!best || u.last > best.last)) best = u;
  return best?.id;
}

/** Among organizations named in the last 3 sentences, the one named most often in the document so far (at least twice). */
function salientOrg(counts: Map<string, number>, recent: Array<{ id: string; sentence: number }>, at: number): string | undefined {
  let best: string | undefined,
    bestCount = 1;
  for (const r of recent) {
    if (at - r.sentence > 3) continue;
    const c = counts.get(r.id) ?? 0;
    if (c > bestCount) {
      best = r.id;
      bestCount = c;
    }
  }
  return best;
}

/** Is the token before `i` a locative preposition ("tại Moscow", "thủ đô Washington")? Then a capital is a place. */
function isLocative(tokens: Annotated['tokens'], i: number): boolean {
  const loc = viLexicon().mod.locative;
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const m = loc.at(tokens, k);
    if (m && m.end === i) return true;
  }
  return false;
}

/** Joins "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)" into one unit. */
function mergeParenthesised(units: Unit[], tokens: Annotated['tokens']): void {
  for (let k = 0; k + 1 < units.length; k++) {
    const u = units[k]!,
      v = units[k + 1]!;
    if (u.id === v.id && tokens[u.last + 1]?.text === '(' && v.first === u.last + 2 && tokens[v.last + 1]?.text === ')') {
      u.last = v.last + 1;
      units.splice(k + 1, 1);
    }
  }
}

/** Two units joined by "và"/"cùng" (classifiers allowed): "Nga và NATO", "Mỹ và các đồng minh NATO". */
export function joinedBy(tokens: Annotated['tokens'], from: number, to: number): boolean {
  const lex = viLexicon();
  const c = lex.mod.coord.at(tokens, from);
  if (!c) return false;
  let j = c.end;
  while (j < to) {
    const cl = lex.mod.classifier.at(tokens, j);
    if (!cl) break;
    j = cl.end;
  }
  return j === to;
}

function lastCoordinatedPair(units: Unit[], tokens: Annotated['tokens']): [string, string] | undefined {
  for (let k = units.length - 1; k > 0; k--) {
    const u = units[k - 1]!,
      v = units[k]!;
    if (u.id !== v.id && u.via !== 'anaphor' && v.via !== 'anaphor' && joinedBy(tokens, u.last + 1, v.first)) return [u.id, v.id];
  }
  return undefined;
}

/** "Nga và NATO … họ": a pair named earlier in the same sentence. */
function coordinatedPair(units: Unit[], tokens: Annotated['tokens'], before: number): [string, string] | undefined {
  const left = units.filter((u) => u.last < before).sort((x, y) => x.first - y.first);
  return lastCoordinatedPair(left, tokens);
}

/**
 * The country or body of a known person's post that a title in the text names, at the article's date
 * (any time without one), when exactly one fits. A post of a country's body ("…-of-vietnam": the
 * Communist Party of Vietnam) is a post of the country. Titles fit as titles-senses.tsv says.
 */
function knownAffiliation(res: ViResources, e: KnownPerson, title: string, date: string | null): string | undefined {
  const senses = viLexicon().titleSenses.get(title) ?? [];
  // "High Representative" names "High Representative for Foreign Affairs"; "Minister" names "Foreign Minister"
  const fits = (t: string): boolean => t === title || t.endsWith(` ${title}`) || t.startsWith(`${title} `) || senses.includes(t);
  const of = new Set((res.postsAt?.(e, date) ?? e.posts).filter((p) => fits(p.title)).map((p) => countryOfBody(res, p.of)));
  return of.size === 1 ? [...of][0] : undefined;
}

/** "communist-party-of-vietnam" → "vietnam" (ids of a country's bodies end in "-of-<country>"); other ids as they are. */
function countryOfBody(res: ViResources, id: string): string {
  const m = /-of-([a-z0-9-]+)$/.exec(id);
  return m && res.byId(m[1]!)?.type === 'Country' ? m[1]! : id;
}

/** The domestic country's entity id (person-cues.tsv, domestic-country), from the gazetteer. */
function domesticCountry(res: ViResources): string | undefined {
  for (const surface of viLexicon().domesticCountry) {
    const hit = res.entities(surface).find((h) => h.type === 'Country');
    if (hit) return hit.id;
  }
  return undefined;
}

/** "Phạm Minh Chính": a Vietnamese family name (person-cues.tsv, domestic-family) and three syllables or more. */
function isDomesticName(tokens: Annotated['tokens'], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) if (tokens[k]!.word) words++;
  return words >= 3 && viLexicon().cues['domestic-family'].at(tokens, first)?.end === first + 1;
}
