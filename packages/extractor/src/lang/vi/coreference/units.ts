/**
 * Argument units of one sentence: spans that each stand for one entity, taken in order of
 * confidence (person phrases, bare roles, gazetteer names, names seen elsewhere, then anaphors and
 * "we" in quotations), each later kind only where no earlier one lies; every entity mention is
 * recorded on the way.
 */
import type { CleanDocument } from '../../../types.js';
import { foldKey } from '../../../text/tokens.js';
import type { Annotated } from '../mentions/annotate.js';
import { type Discourse, resolveAnaphors } from './anaphora.js';
import type { Unit } from '../model.js';
import type { EntityTable } from '../mentions/entity-table.js';
import type { EnsureKnown } from '../mentions/known.js';
import { viLexicon } from '../lexicon.js';
import type { NameRuns } from './name-runs.js';
import { nameAt, isNameSyllable } from '../mentions/names.js';
import { counterpartTitle } from '../mentions/person-posts.js';
import type { PersonEntities } from '../mentions/person-entities.js';
import type { ViResources } from '../resources.js';
import type { DocumentSides } from '../mentions/sides.js';
import { quotedWe, type QuoteSpeakers } from './speakers.js';

export interface UnitContext {
  doc: CleanDocument;
  res: ViResources;
  entities: EntityTable;
  people: PersonEntities;
  ensureKnown: EnsureKnown;
  /** Filled here: a capital named as a place → its country. */
  capitalOf: Map<string, string>;
  discourse: Discourse;
  nameRuns: NameRuns;
  sides: DocumentSides;
  quotes: QuoteSpeakers;
}

/** A sentence's units in text order, parenthesised repeats merged; the discourse state moves on past it. */
export function sentenceUnits(a: Annotated, ctx: UnitContext): Unit[] {
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
    ctx.entities.mention(id, start, end, ctx.doc.text.slice(start, end), prose);
  };
  personUnits(a, ctx, take, mention);
  roleUnits(a, ctx, take);
  knownUnits(a, ctx, taken, take, mention);
  nameRunUnits(a, ctx, taken, take, mention);
  resolveAnaphors(a, units, taken, take, ctx.discourse, ctx.entities, ctx.sides.countryPair);
  quotedWe(a, units, take, (id) => ctx.sides.sideOf(id), ctx.quotes.openAtStart[a.index] === 1, ctx.quotes.speaker.get(a.index));
  units.sort((x, y) => x.first - y.first);
  mergeParenthesised(units, tokens);
  ctx.discourse.update(a.index, units, tokens);
  return units;
}

type Take = (u: Unit) => void;
type Mention = (id: string, first: number, last: number) => void;

function personUnits(a: Annotated, { people }: UnitContext, take: Take, mention: Mention): void {
  for (const p of a.persons) {
    const c = people.clusterOf.get(p.name);
    if (!c) continue;
    const id = people.idOf.get(c)!;
    mention(id, p.nameFirst, p.nameLast);
    take({ first: p.first, last: p.last, id, type: 'Person', via: 'name' });
  }
}

/** Bare roles: "Ngoại trưởng Nga" → the one person holding that post in this document. */
function roleUnits(a: Annotated, { people, entities, discourse }: UnitContext, take: Take): void {
  const lex = viLexicon();
  const { tokens } = a;
  const { persons, idOf } = people;
  for (const r of a.roles) {
    const title = r.counterpart ? counterpartTitle(a, r.first) : r.title;
    if (!title || r.former) continue;
    // "hai Thủ tướng": the two persons holding that post, else the last pair named
    if (r.first > 0 && !r.affiliation && lex.cues['pair-count'].at(tokens, r.first - 1)?.end === r.first) {
      const holders = persons.holders(title);
      const lastPair = discourse.lastPair;
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
}

/** Known entities: affiliations inside person/role phrases are mentions only. */
function knownUnits(a: Annotated, { res, ensureKnown, capitalOf }: UnitContext, taken: Uint8Array, take: Take, mention: Mention): void {
  const { tokens } = a;
  for (const k of a.known) {
    const actor = k.hit.seatOf && !isLocative(tokens, k.first);
    const target = actor ? ensureKnown(k.hit.seatOf!) : ensureKnown(k.hit.id, k.hit);
    if (!target) continue;
    if (k.hit.seatOf && !actor && res.byId(k.hit.seatOf)?.type === 'Country') capitalOf.set(target.id, k.hit.seatOf);
    mention(target.id, k.first, k.last);
    if (a.covered[k.first] || taken[k.first]) continue;
    take({ first: k.first, last: k.last, id: target.id, type: target.type, via: 'name' });
  }
}

/** Names seen elsewhere with a cue: "Lavrov thừa nhận", "Sergey Lavrov." */
function nameRunUnits(a: Annotated, { people, nameRuns }: UnitContext, taken: Uint8Array, take: Take, mention: Mention): void {
  const { tokens } = a;
  const gap = (x: number, y: number): string => a.sentence.text.slice(tokens[x]!.end - a.sentence.start, tokens[y]!.start - a.sentence.start);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || a.covered[i] || !isNameSyllable(tokens[i])) continue;
    const run = nameAt(tokens, i, gap, (j) => Boolean(taken[j]));
    if (!run) continue;
    const parts = tokens
      .slice(run[0], run[1] + 1)
      .filter((t) => t.word)
      .map((t) => foldKey(t.text));
    const c = nameRuns.cluster(parts, () => a.sentence.text.slice(tokens[run[0]]!.start - a.sentence.start, tokens[run[1]]!.end - a.sentence.start));
    if (c) {
      const id = people.idOf.get(c)!;
      mention(id, run[0], run[1]);
      take({ first: run[0], last: run[1], id, type: 'Person', via: 'name' });
    }
    i = run[1];
  }
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
