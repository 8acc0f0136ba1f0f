/**
 * Where to highlight an evidence sentence in an article. The offsets are trusted when the
 * text there is the sentence (whitespace aside); otherwise — a text read from the raw
 * file rather than the cleaned one — the sentence is looked up by content.
 */
export type Span = [number, number];
export interface Segment {
  text: string;
  mark?: 'evidence' | 'mention';
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The span of the sentence in the text, or null when it cannot be found. */
export function locateSentence(text: string, sentence: string, start: number, end: number): Span | null {
  if (start >= 0 && end <= text.length && start < end && squash(text.slice(start, end)) === squash(sentence)) return [start, end];
  const at = text.indexOf(sentence);
  return at >= 0 ? [at, at + sentence.length] : null;
}

/** Every occurrence of any of the names (case-insensitive), longest name first, without overlaps. */
export function findMentions(text: string, names: string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const name of [...new Set(names.filter((n) => n.length > 1))].sort((a, b) => b.length - a.length)) {
    const needle = name.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
      const end = i + needle.length;
      // Whole words only: "Nga" must not light up inside "Ngày".
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (!spans.some(([s, e]) => i < e && end > s)) spans.push([i, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Cuts the text into plain and marked segments; mentions inside the evidence span are not marked twice. */
export function segment(text: string, evidence: Span | null, mentions: Span[] = []): Segment[] {
  const marks: { span: Span; mark: Segment['mark'] }[] = [];
  if (evidence) marks.push({ span: evidence, mark: 'evidence' });
  for (const m of mentions) if (!evidence || m[1] <= evidence[0] || m[0] >= evidence[1]) marks.push({ span: m, mark: 'mention' });
  marks.sort((a, b) => a.span[0] - b.span[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const {
    span: [s, e],
    mark,
  } of marks) {
    if (s < pos) continue;
    if (s > pos) out.push({ text: text.slice(pos, s) });
    out.push({ text: text.slice(s, e), mark });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
