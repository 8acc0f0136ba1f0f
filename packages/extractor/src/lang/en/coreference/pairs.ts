/**
 * "The two countries", "both nations", "their two governments": a pair named by number.
 * It stands for the two countries of the people the sentence names when they serve two
 * different ones ("Obama and Castro … their two countries"), else for the last two distinct
 * countries named shortly before it; with neither it stands for nothing.
 */
import type { Token } from '../tokens.js';
import type { EntityRef, Recognized, TokMention } from '../model.js';
import type { EnLexicon } from '../lexicon.js';

/** How far back (in tokens) the two countries may have been named. */
const REACH = 80;

/** If a pair phrase ends at token k ("two countries", "both sides"), its first token. */
export function pairEndingAt(tokens: Token[], k: number, lo: number, lex: EnLexicon): number | undefined {
  if (k - 1 < lo || !lex.fw['pair-noun'].has(tokens[k].norm)) return undefined;
  const n = tokens[k - 1].norm;
  if (n !== 'two' && n !== 'both') return undefined;
  return k - 2 >= lo && /^(the|their|our|these)$/.test(tokens[k - 2].norm) ? k - 2 : k - 1;
}

/** The two countries a pair phrase at token `at` of sentence [first, last) stands for. */
export function resolvePair(
  at: number,
  sentence: { first: number; last: number },
  rec: Recognized,
  countries: ReadonlyMap<string, EntityRef>,
): [EntityRef, EntityRef] | undefined {
  const own = new Map<string, EntityRef>();
  const mentions = rec.mentions;
  for (let i = fromToken(mentions, sentence.first), n = windowEnd(mentions, sentence.last); i < n; i++) {
    const m = mentions[i];
    if (m.first < sentence.first || m.first >= sentence.last || m.entity.type !== 'Person') continue;
    const c = countries.get(m.entity.id);
    if (c) own.set(c.id, c);
  }
  if (own.size === 2) return [...own.values()] as [EntityRef, EntityRef];
  // The last two distinct countries named before the phrase.
  const named: Array<{ k: number; ref: EntityRef }> = [];
  for (let i = fromToken(mentions, at - REACH), n = windowEnd(mentions, at); i < n; i++) {
    const m = mentions[i];
    const ref = m.actor ?? m.entity;
    if (ref.type === 'Country' && m.first < at && at - m.first <= REACH) named.push({ k: m.first, ref });
  }
  for (const d of new Set(rec.demonyms.values())) if (d.first < at && at - d.first <= REACH) named.push({ k: d.first, ref: d.ref });
  named.sort((a, b) => b.k - a.k);
  const pair: EntityRef[] = [];
  for (const n of named) if (!pair.some((p) => p.id === n.ref.id) && pair.push(n.ref) === 2) break;
  return pair.length === 2 ? [pair[0], pair[1]] : undefined;
}

// Mentions ordered by first token are searched in a window, not from the article's start (one
// scan per pair phrase was quadratic in a long article); any other order scans them all.
const ordered = new WeakMap<ReadonlyArray<TokMention>, { size: number; yes: boolean }>();
function byFirstToken(mentions: ReadonlyArray<TokMention>): boolean {
  let seen = ordered.get(mentions);
  if (!seen || seen.size !== mentions.length) {
    seen = { size: mentions.length, yes: mentions.every((m, i) => i === 0 || mentions[i - 1].first <= m.first) };
    ordered.set(mentions, seen);
  }
  return seen.yes;
}

/** Index of the first mention whose first token is at or after k (0 when unordered). */
function fromToken(mentions: ReadonlyArray<TokMention>, k: number): number {
  if (!byFirstToken(mentions)) return 0;
  let lo = 0,
    hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].first < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index past the last mention whose first token is before k (the length when unordered). */
const windowEnd = (mentions: ReadonlyArray<TokMention>, k: number): number => (byFirstToken(mentions) ? fromToken(mentions, k) : mentions.length);
