/**
 * Groups of countries the gazetteer does not know, named with their members in the text:
 * "the E3 (France, Germany and Britain)", "Britain, France and Germany (the E3)",
 * "Britain, France and Germany — the E3 —", "the Quad, the grouping of the United States, Japan,
 * India and Australia" (group nouns in function-words.tsv). The name becomes an Organization and each
 * listed member a MEMBER_OF it (relations/membership.ts).
 */
import { slugOf } from './slugs.js';
import type { Token } from '../tokens.js';
import type { TokMention } from '../model.js';

/** A short group name: "E3", "Quad", "G7", "BRICS" (one word, capitalised or with a digit). */
const isGroupName = (t: Token | undefined): boolean => !!t && (t.cap || /\d/.test(t.text)) && t.text.length <= 12 && !t.possessive;

/** Country mentions listed from token k ("France, Germany and Britain"); the list and the token after it. */
function countryList(tokens: Token[], at: Array<TokMention | undefined>, k: number): { members: TokMention[]; end: number } {
  const members: TokMention[] = [];
  for (;;) {
    if (tokens[k]?.norm === 'the') k++;
    const m = at[k];
    if (!m || m.first !== k || m.entity.type !== 'Country' || m.actor) break;
    members.push(m);
    k = m.last;
    const sep = tokens[m.last - 1].post;
    if (/^,\s*$/.test(sep)) continue;
    if (/^\s+$/.test(sep) && tokens[k]?.norm === 'and') {
      k++;
      continue;
    }
    break;
  }
  return { members, end: k };
}

/** Groups defined by a parenthesised or dashed member list, or an appositive "the <group noun> of <list>". */
export function findGroups(
  tokens: Token[],
  at: Array<TokMention | undefined>,
  groupNouns: ReadonlySet<string> = new Set(),
): Array<{ name: Token; members: TokMention[] }> {
  const out: Array<{ name: Token; members: TokMention[] }> = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (tokens[k - 1].norm !== 'the' || at[k] || !isGroupName(t)) continue;
    // "the Quad, the grouping of the United States, Japan, India and Australia"
    if (/^,\s*$/.test(t.post) && tokens[k + 1]?.norm === 'the' && groupNouns.has(tokens[k + 2]?.norm ?? '') && tokens[k + 3]?.norm === 'of') {
      const { members } = countryList(tokens, at, k + 4);
      if (members.length >= 2) {
        out.push({ name: t, members });
        continue;
      }
    }
    // "the E3 (France, Germany and Britain)"
    if (/\(\s*$/.test(t.post)) {
      const { members, end } = countryList(tokens, at, k + 1);
      if (members.length >= 2 && /^\)/.test(tokens[end - 1].post)) {
        out.push({ name: t, members });
        continue;
      }
    }
    // "France, Germany and Britain (the E3)" / "— the E3 —": the list ends right before "the".
    const before = tokens[k - 2];
    if (before && /[(—–]\s*$/.test(before.post) && /^\s*[)—–,]/.test(t.post)) {
      const m = at[k - 2];
      if (!m || m.last !== k - 1 || m.entity.type !== 'Country') continue;
      // Walk back over ", X" and "and (the) X" to the start of the list, then read it forwards.
      let s = m.first;
      for (;;) {
        let j = s - 1;
        if (tokens[j]?.norm === 'the') j--;
        const and = tokens[j]?.norm === 'and';
        if (and) j--;
        const p = j >= 0 ? at[j] : undefined;
        if (!p || p.last !== j + 1 || p.entity.type !== 'Country' || !(and ? /^\s+$/ : /^,\s*$/).test(tokens[j].post)) break;
        s = p.first;
      }
      const { members, end } = countryList(tokens, at, s);
      if (members.length >= 2 && end === k - 1) out.push({ name: t, members });
    }
  }
  return out;
}

/** The mention of a group's name. */
export function groupMention(name: Token): TokMention {
  return {
    first: name.i,
    last: name.i + 1,
    start: name.start,
    end: name.end,
    text: name.text,
    entity: { id: slugOf(name.text), name: name.text, type: 'Organization' },
  };
}
