/**
 * Topics of a relation: "về vấn đề Libya và kế hoạch lá chắn tên lửa" → ["Libya",
 * "missile defense"]. A phrase in topics.tsv gives its canonical English topic; a
 * phrase headed by a known entity gives the entity's name; other short phrases keep
 * their Vietnamese text; long unknown phrases give no topic.
 */
import type { Skeleton } from '../clauses.js';
import type { DocumentModel, SentenceModel } from '../model.js';
import { viLexicon } from '../lexicon.js';
import { FUNCTION_WORDS } from '../function-words.js';

const MAX_SYLLABLES = 6;
const VA = FUNCTION_WORDS.and;

export function topicsAt(model: DocumentModel, s: SentenceModel, sk: Skeleton, from: number, triggerEnd = -1): string[] {
  const { tokens } = s;
  // "thỏa thuận thương mại", "hợp tác kinh tế": a topic noun right after the event word
  const compound =
    triggerEnd >= 0 && !sk.unitAt.has(triggerEnd) ? (viLexicon().topics.at(tokens, triggerEnd)?.value ?? headed(model, s, sk, triggerEnd)) : undefined;
  const viaIntro = topicsAfterIntro(model, s, sk, from);
  return viaIntro.length || !compound ? viaIntro : [compound];
}

/** "thảo luận vấn đề Ukraine", "tình hình bán đảo Triều Tiên": a topic head right after the trigger names the topic. */
function headed(model: DocumentModel, s: SentenceModel, sk: Skeleton, at: number): string | undefined {
  const lex = viLexicon();
  const head = lex.topicHead.at(s.tokens, at);
  if (!head) return undefined;
  const known = lex.topics.at(s.tokens, head.end);
  if (known) return known.value;
  const u = sk.unitAt.get(head.end);
  return u && u.type !== 'Person' ? model.entities.name(u.id) : undefined;
}

function topicsAfterIntro(model: DocumentModel, s: SentenceModel, sk: Skeleton, from: number): string[] {
  const { tokens } = s;
  let j = from;
  for (; j < tokens.length; j++) {
    const m = sk.mark[j];
    if (m === 'intro') break;
    if ((m === 'punct' && !(tokens[j]!.text === '(' || tokens[j]!.text === ')')) || m === 'boundary' || m === 'speech') return [];
    if (j - from > 8) return [];
  }
  if (j >= tokens.length) return [];
  const start = sk.spanEnd[j]!;
  let end = start;
  while (
    end < tokens.length &&
    (sk.mark[end] !== 'punct' || sk.unitAt.has(end)) &&
    sk.mark[end] !== 'boundary' &&
    sk.mark[end] !== 'speech' &&
    sk.mark[end] !== 'date'
  ) {
    if (!sk.unitAt.has(end) && viLexicon().mod.locative.at(tokens, end) && !sk.unitAt.has(end - 1)) break;
    end++;
  }
  // split on "và"
  const items: Array<[number, number]> = [];
  let a = start;
  for (let k = start; k <= end; k++) {
    if (k === end || (sk.mark[k] === 'coord' && VA.has(tokens[k]!.lower))) {
      if (k > a) items.push([a, k]);
      a = k + 1;
    }
  }
  const out: string[] = [];
  for (const [x, y] of items) {
    const t = topicOf(model, s, sk, x, y);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function topicOf(model: DocumentModel, s: SentenceModel, sk: Skeleton, x: number, y: number): string | undefined {
  const lex = viLexicon();
  const { tokens } = s;
  for (let p = lex.topicPrefixes.at(tokens, x); p && p.end <= y; p = lex.topicPrefixes.at(tokens, x)) x = p.end;
  if (x >= y) return undefined;
  const known = lex.topics.all(tokens, x, y);
  if (known.length) return known.sort((a, b) => b.end - b.start - (a.end - a.start))[0]!.value;
  // "vấn đề Libya" → "Libya"; but "việc NATO lạm dụng …" is about more than NATO
  const u = sk.unitAt.get(x);
  if (u) return u.type !== 'Person' && y - u.last <= 1 ? model.entities.name(u.id) : undefined;
  const words = tokens.slice(x, y).filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_SYLLABLES) return undefined;
  if (lex.topicGeneric.all(tokens, x, y).reduce((n, m) => n + m.end - m.start, 0) === y - x) return undefined;
  return s.sentence.text.slice(tokens[x]!.start - s.sentence.start, tokens[y - 1]!.end - s.sentence.start).trim();
}
