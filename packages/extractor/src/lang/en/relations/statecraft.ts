/**
 * What leaders do for their countries. When two people who serve different countries meet,
 * call or agree, their countries do ("Prime Minister X and his Russian counterpart Y held
 * talks" → Vietnam MEET Russia), as event coders code an official's act for the state. When
 * they meet in a capital of one of the two countries, the other one's official visits it.
 * Only leaders who act for the state (data/lexicons/en/leader-titles.tsv) are lifted: the
 * talks of two foreign ministers are theirs. A person's country: coreference/officials.ts.
 */
import type { Relation } from '../../../schema.js';
import type { Token } from '../tokens.js';
import type { EntityRef, Recognized, TokMention } from '../model.js';
import type { PeopleLookup } from '../actors.js';
import { countryOfPerson } from '../mentions/people.js';

const LIFTED = new Set(['MEET', 'CALL', 'COOPERATE']);

/** Country-level copies of the person-to-person meetings, calls and agreements. */
export function liftToCountries(relations: Relation[], countries: ReadonlyMap<string, EntityRef>): Relation[] {
  const out: Relation[] = [];
  for (const r of relations) {
    if (!LIFTED.has(r.predicate)) continue;
    const a = countries.get(r.subject),
      b = countries.get(r.object);
    if (!a || !b || a.id === b.id) continue;
    out.push({ ...r, subject: a.id, object: b.id, confidence: Math.min(r.confidence, 0.7) });
  }
  return out;
}

/**
 * "X and Y held talks in Hanoi": when a meeting's sentence places it in a capital of one
 * party's country ("in"/"at" + the capital), the other party visits that capital and country.
 */
export function hostVisits(
  relations: Relation[],
  countries: ReadonlyMap<string, EntityRef>,
  rec: Recognized,
  tokens: Token[],
  placePreps: ReadonlySet<string>,
  residentTitles: ReadonlySet<string>,
): Relation[] {
  const out: Relation[] = [];
  // An ambassador lives in the host's capital: meeting there is no visit.
  const residents = new Set(rec.posts.filter((p) => residentTitles.has(p.title.toLowerCase())).map((p) => p.person.entity.id));
  let sorted: boolean | undefined;
  for (const r of relations) {
    if (r.predicate !== 'MEET') continue;
    sorted ??= rec.mentions.every((m, i) => i === 0 || rec.mentions[i - 1].start <= m.start);
    const ev = r.evidence[0];
    const capital = mentionWithin(
      rec.mentions,
      sorted,
      ev.start,
      ev.end,
      (m) => m.actor?.type === 'Country' && placePreps.has(tokens[m.first - 1]?.norm ?? ''),
    );
    if (!capital) continue;
    const host = capital.actor!;
    for (const [guest, other] of [
      [r.subject, r.object],
      [r.object, r.subject],
    ]) {
      const g = countries.get(guest),
        o = countries.get(other);
      if (!g || !o || o.id !== host.id || g.id === host.id || residents.has(guest)) continue;
      const base = {
        subject: guest,
        predicate: 'VISIT' as const,
        negated: r.negated,
        attributedTo: r.attributedTo,
        confidence: 0.6,
        evidence: r.evidence,
        ...(r.date ? { date: r.date } : {}),
      };
      out.push({ ...base, object: host.id }, { ...base, object: capital.entity.id });
    }
  }
  return out;
}

/**
 * The first mention (in array order) inside [start, end) that `ok` accepts. Mentions sorted by
 * start are searched from the first that starts in the span, not from the article's start:
 * one search per meeting was quadratic in a long article.
 */
function mentionWithin(mentions: TokMention[], sorted: boolean, start: number, end: number, ok: (m: TokMention) => boolean): TokMention | undefined {
  if (!sorted) return mentions.find((m) => m.start >= start && m.end <= end && ok(m));
  let lo = 0,
    hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i].start <= end; i++) if (mentions[i].end <= end && ok(mentions[i])) return mentions[i];
  return undefined;
}
