/**
 * MEMBER_OF from Vietnamese membership phrases (cues in data/lexicons/vi/membership.tsv):
 *   "các nước thành viên NATO [như] Ba Lan và Romania"   member noun + organization + members
 *   "Thổ Nhĩ Kỳ, thành viên [của] NATO, …"               appositive
 *   "Na Uy [không phải] là thành viên của NATO"          copula (negation kept)
 *   "Nhóm G7 gồm Mỹ, Anh, … và Nhật Bản"                 an organization listing its members
 * The organization must be an Organization; members are countries or organizations.
 */
import type { Sighting } from '../../../relations/build.js';
import type { Unit, DocumentModel, SentenceModel } from '../model.js';
import { skeleton, type Skeleton } from '../clauses.js';
import { viLexicon } from '../lexicon.js';
import { coordinatedLeft, coordinatedRight } from '../clauses/coordination.js';
import type { PhraseMatcher } from '../../../text/phrases.js';

const MEMBER_TYPES = new Set(['Country', 'Organization']);
const APPOSITION = new Set([',', '-', '–', '(']);

export function memberships(model: DocumentModel, s: SentenceModel): Sighting[] {
  const cues = viLexicon().membership;
  const { tokens, units } = s;
  if (units.length < 2) return [];
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) any = Boolean(cues.member.at(tokens, i) ?? cues.include.at(tokens, i));
  if (!any) return [];
  const sk = skeleton(tokens, units, []);
  const out: Sighting[] = [];
  const evidence = { doc: model.doc.id, sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end };
  const add = (members: Unit[], org: Unit, negated: boolean): void => {
    for (const m of members) {
      if (!MEMBER_TYPES.has(m.type) || m.id === org.id) continue;
      out.push({ subject: m.id, predicate: 'MEMBER_OF', object: org.id, negated, attributedTo: null, confidence: m.via === 'name' ? 0.8 : 0.7, evidence });
    }
  };
  const after = (m: PhraseMatcher<true>, j: number): number => m.at(tokens, j)?.end ?? j;
  for (let i = 0; i < tokens.length; i++) {
    if (sk.unitAt.has(i)) {
      i = sk.unitAt.get(i)!.last;
      continue;
    }
    const member = cues.member.at(tokens, i);
    if (member) {
      const org = sk.unitAt.get(after(cues.of, member.end));
      if (org?.type === 'Organization') {
        // members after: "thành viên NATO (như) Ba Lan và Romania"
        const first = sk.unitAt.get(after(cues.example, org.last + 1));
        if (first) add(coordinatedRight(sk, tokens, first), org, false);
        // member before: "X, thành viên NATO", "X là thành viên của NATO"
        const before = memberBefore(sk, tokens, i);
        if (before) add(before.units, org, before.negated);
      }
      i = member.end - 1;
      continue;
    }
    const include = cues.include.at(tokens, i);
    if (include) {
      // "Nhóm Bộ Tứ (gồm Mỹ, …)"
      const org = sk.unitEnd.get(i - 1) ?? (tokens[i - 1]?.text === '(' ? sk.unitEnd.get(i - 2) : undefined);
      const first = sk.unitAt.get(include.end);
      if (org?.type === 'Organization' && first) add(coordinatedRight(sk, tokens, first), org, false);
      i = include.end - 1;
    }
  }
  return out;
}

/** The member(s) left of a member noun at `i`: ", " right after one entity, or a copula ("là") after a subject list, over aux and negation. */
function memberBefore(sk: Skeleton, tokens: SentenceModel['tokens'], i: number): { units: Unit[]; negated: boolean } | undefined {
  const { copula, 'not-copula': notCopula, article } = viLexicon().membership;
  let j = i - 1;
  while (j >= 0 && sk.mark[j] === 'classifier') j = sk.spanStart[j]! - 1;
  for (let a = Math.max(0, j - 3); a <= j; a++)
    if (article.at(tokens, a)?.end === j + 1) {
      j = a - 1;
      break;
    }
  if (j < 0) return undefined;
  if (APPOSITION.has(tokens[j]!.text)) {
    const u = sk.unitEnd.get(j - 1);
    return u ? { units: [u], negated: false } : undefined;
  }
  // the copula ends at j
  let k = -1,
    negated = false;
  for (let a = Math.max(0, j - 2); a <= j && k < 0; a++) {
    if (notCopula.at(tokens, a)?.end === j + 1) {
      k = a;
      negated = true;
    } else if (copula.at(tokens, a)?.end === j + 1) k = a;
  }
  if (k < 0) return becameMember(sk, tokens, j);
  for (j = k - 1; j >= 0 && (sk.mark[j] === 'aux' || sk.mark[j] === 'neg'); j = sk.spanStart[j]! - 1) negated ||= sk.mark[j] === 'neg';
  const u = j >= 0 ? sk.unitEnd.get(j) : undefined;
  return u ? { units: coordinatedLeft(sk, tokens, u), negated } : undefined;
}

/** "Phần Lan (đã chính thức) trở thành thành viên": the member before "trở thành" ending at j, with only words of accomplishment between. */
function becameMember(sk: Skeleton, tokens: SentenceModel['tokens'], j: number): { units: Unit[]; negated: boolean } | undefined {
  const { become, done } = viLexicon().membership;
  let k = -1;
  for (let a = Math.max(0, j - 2); a <= j && k < 0; a++) if (become.at(tokens, a)?.end === j + 1) k = a;
  for (let moved = true; k > 0 && moved; ) {
    moved = false;
    for (let a = Math.max(0, k - 2); a < k && !moved; a++)
      if (done.at(tokens, a)?.end === k) {
        k = a;
        moved = true;
      }
  }
  const u = k > 0 ? sk.unitEnd.get(k - 1) : undefined;
  return u ? { units: coordinatedLeft(sk, tokens, u), negated: false } : undefined;
}
