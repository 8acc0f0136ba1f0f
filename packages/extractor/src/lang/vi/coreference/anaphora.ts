/**
 * Anaphora: "hai bên", "liên minh này", "nước này", "ông" resolved from a discourse state carried
 * from sentence to sentence (the focused person, the last pair, recent and salient organizations,
 * the last country). The state is updated after each sentence from the units it named.
 */
import type { Annotated } from '../mentions/annotate.js';
import { joinedBy } from '../clauses/coordination.js';
import type { Unit } from '../model.js';
import type { EntityTable } from '../mentions/entity-table.js';
import { viLexicon } from '../lexicon.js';
import { isNameSyllable } from '../mentions/names.js';

interface Seen {
  sentence: number;
}

export class Discourse {
  focusPerson: ({ id: string } & Seen) | undefined;
  lastPair: ({ pair: [string, string] } & Seen) | undefined;
  lastOrg: ({ id: string } & Seen) | undefined;
  /** Salience: organizations named so far. */
  readonly orgMentions = new Map<string, number>();
  readonly recentOrgs: Array<{ id: string } & Seen> = [];
  lastCountry: ({ id: string } & Seen) | undefined;
  /** First syllables of anaphor cues: most tokens are none. */
  readonly anaphorFirsts = new Set<string>();

  constructor() {
    const lex = viLexicon();
    for (const k of ['pair-anaphor', 'org-anaphor', 'country-anaphor', 'person-anaphor'] as const)
      for (const f of lex.cues[k].firstSyllables()) this.anaphorFirsts.add(f);
  }

  /** Updates the state from the units of sentence `at`. */
  update(at: number, units: Unit[], tokens: Annotated['tokens']): void {
    const firstPerson = units.find((u) => u.type === 'Person');
    if (firstPerson) this.focusPerson = { id: firstPerson.id, sentence: at };
    for (const u of units) {
      if (u.type === 'Organization' && u.via !== 'anaphor') {
        this.lastOrg = { id: u.id, sentence: at };
        this.orgMentions.set(u.id, (this.orgMentions.get(u.id) ?? 0) + 1);
        this.recentOrgs.push({ id: u.id, sentence: at });
      }
      if (u.type === 'Country' && u.via !== 'anaphor') this.lastCountry = { id: u.id, sentence: at };
    }
    // "hai bên" later on: two sides joined by "và", or the two persons of one sentence ("X gặp Y. Hai bên …")
    // (only when no country or organization acts in that sentence: then the sides may be those)
    const people = [...new Set(units.filter((u) => u.type === 'Person' && u.via !== 'anaphor').map((u) => u.id))];
    const bodies = units.some((u) => (u.type === 'Country' || u.type === 'Organization') && u.via !== 'anaphor');
    const p =
      lastCoordinatedPair(units, tokens) ??
      (people.length === 2 && !bodies ? ([people[0]!, people[1]!] as [string, string]) : undefined) ??
      units.filter((u) => u.pair).pop()?.pair;
    if (p) this.lastPair = { pair: p, sentence: at };
  }
}

/** Takes a unit for each anaphor of sentence `a` not inside a unit already taken. */
export function resolveAnaphors(
  a: Annotated,
  units: Unit[],
  taken: Uint8Array,
  take: (u: Unit) => void,
  state: Discourse,
  entities: EntityTable,
  countryPair: (p: [string, string]) => [string, string] | undefined,
): void {
  const lex = viLexicon();
  const { tokens } = a;
  const recent = (x: Seen | undefined, window: number): boolean => Boolean(x && a.index - x.sentence <= window);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || a.covered[i] || !state.anaphorFirsts.has(tokens[i]!.lower)) continue;
    const pair = lex.cues['pair-anaphor'].at(tokens, i);
    const org = lex.cues['org-anaphor'].at(tokens, i);
    const country = lex.cues['country-anaphor'].at(tokens, i);
    const person = lex.cues['person-anaphor'].at(tokens, i);
    if (pair && (tokens[i]!.cap ? i === 0 : true)) {
      const own = coordinatedPair(units, tokens, i);
      let p = own ?? (recent(state.lastPair, 3) ? state.lastPair!.pair : undefined);
      // "hai nước": two countries; a pair of persons stands for their countries then
      if (p && lex.cues['country-pair'].at(tokens, i)?.end === pair.end) p = countryPair(p);
      if (p) take({ first: i, last: pair.end - 1, id: p[0], type: entities.type(p[0]) ?? 'Organization', via: 'anaphor', pair: p });
      i = pair.end - 1;
    } else if (org && !isNameSyllable(tokens[org.end]) && (recent(state.lastOrg, 3) || orgBefore(units, i))) {
      // "liên minh này", "khối": the most-named organization of the recent sentences (not merely the last one: a ministry named in passing is not "the alliance");
      // failing that, one named earlier in this sentence ("BRICS mời … gia nhập khối")
      const id = (recent(state.lastOrg, 3) ? salientOrg(state.orgMentions, state.recentOrgs, a.index) : undefined) ?? orgBefore(units, i);
      if (id) take({ first: i, last: org.end - 1, id, type: 'Organization', via: 'anaphor' });
      i = org.end - 1;
    } else if (country && recent(state.lastCountry, 1)) {
      take({ first: i, last: country.end - 1, id: state.lastCountry!.id, type: 'Country', via: 'anaphor' });
      i = country.end - 1;
    } else if (person && !isNameSyllable(tokens[person.end])) {
      const here = units.filter((u) => u.type === 'Person' && u.last < i).sort((x, y) => x.first - y.first)[0];
      const id = here?.id ?? (recent(state.focusPerson, 3) ? state.focusPerson!.id : undefined);
      if (id) take({ first: i, last: person.end - 1, id, type: 'Person', via: 'anaphor' });
    }
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
