/**
 * What an event is about: topic phrases (data/lexicons/en/topics.tsv) or a named
 * country/place/organization introduced by "on", "over", "about", "regarding",
 * "concerning" after the event ("disagreed over Libya and missile defense").
 */
import type { Token } from '../tokens.js';
import type { EnLexicon } from '../lexicon.js';
import type { Recognized } from '../model.js';

const REACH = 4;

/** Topics of an event whose roles end before token `from`, within [from, to), and the token after the last one. */
export function topicsAfter(tokens: Token[], from: number, to: number, rec: Recognized, lex: EnLexicon): { topics: string[]; end: number } {
  for (let k = from; k < to && k - from <= REACH; k++) {
    // A word that opens another predication ends the search ("urged Xi to use his influence on Moscow").
    if (lex.fw['topic-stop'].has(tokens[k].norm)) break;
    if (!lex.fw['topic-preposition'].has(tokens[k].norm)) continue;
    const out: string[] = [];
    let j = k + 1;
    for (let n = 0; j < to && n <= REACH; ) {
      const hit = topicAt(tokens, j, to, rec, lex);
      if (hit) {
        if (!out.includes(hit.topic)) out.push(hit.topic);
        j = hit.end;
        n = 0;
        // Trailing head nouns ("plan", "issue") are skipped before a coordinating "and".
        // "energy, trade and security": a comma continues the list when a topic follows it.
        if (j < to && /,/.test(tokens[j - 1].post) && topicAt(tokens, j, to, rec, lex)) {
          n = 0;
          continue;
        }
        while (j < to && n < 2 && tokens[j].norm !== 'and' && !/[,;]/.test(tokens[j - 1].post)) {
          j++;
          n++;
        }
        if (j < to && tokens[j].norm === 'and' && !/,/.test(tokens[j - 1].post)) {
          j++;
          n = 0;
          continue;
        }
        break;
      }
      if (rec.at[j] || /[,;]/.test(tokens[j].post)) break;
      j++;
      n++;
    }
    if (out.length > 0) return { topics: out, end: j };
  }
  return { topics: [], end: from };
}

function topicAt(tokens: Token[], j: number, to: number, rec: Recognized, lex: EnLexicon): { topic: string; end: number } | undefined {
  for (const t of lex.topicsByFirst.get(tokens[j].norm) ?? [])
    if (j + t.words.length <= to && t.words.every((w, i) => tokens[j + i].norm === w || (tokens[j + i].possessive && tokens[j + i].norm + "'s" === w)))
      return { topic: t.topic, end: j + t.words.length };
  const m = rec.at[j];
  if (m && m.first === j && m.entity.type !== 'Person') return { topic: m.entity.name, end: m.last };
  return undefined;
}
