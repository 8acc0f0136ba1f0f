/**
 * One compromise pass over a document: its tokenizer (sentence splitting,
 * contractions "didn't" → did + not, punctuation kept apart from words) and its
 * lexicon tags. The full POS tagger is not run: on this machine it parses ~0.17 MB/s,
 * a third of the throughput target, and the rules downstream only need the lexicon
 * (names, months, weekdays) plus the data files in data/lexicons/en.
 */
import nlp from 'compromise';

/** One word of the text, with offsets into the document text. */
export interface Token {
  i: number;            // index in the document's token array
  text: string;         // surface without surrounding punctuation ('' for an implicit "not")
  norm: string;         // lower-case, possessive "'s" removed, contraction expanded
  start: number;
  end: number;
  post: string;         // punctuation and spaces after the word (",", ".", "—" …)
  pre: string;          // punctuation before the word (opening quotes, brackets)
  cap: boolean;         // starts with an upper-case letter
  possessive: boolean;  // "Russia's"
  tags: ReadonlySet<string>;  // compromise lexicon tags (MaleName, Month, WeekDay …)
}

/** A sentence as a token range [first, last) plus its span in the text. */
export interface TokSentence { first: number; last: number; start: number; end: number; text: string }

export interface Tokenized { tokens: Token[]; sentences: TokSentence[] }

interface RawTerm { text: string; pre: string; post: string; normal: string; machine?: string; tags: Set<string>; offset: { start: number; length: number } }

const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
const LEXICON = world.model.one.lexicon;
const NO_TAGS: ReadonlySet<string> = new Set();

/** Lexicon tags of a lower-case word (compromise's own lexicon: first names, months, weekdays …). */
export function lexiconTags(word: string): ReadonlySet<string> {
  const t = LEXICON[word];
  if (t === undefined) return NO_TAGS;
  return new Set(Array.isArray(t) ? t : [t]);
}

const POSSESSIVE = /['’]s?$/;

/** Tokenizes `text` once; sentences also break at line breaks (headlines, datelines). */
export function tokenizeDocument(text: string): Tokenized {
  const doc = (nlp as unknown as { tokenize(t: string): { compute(m: string): void; document: RawTerm[][] } }).tokenize(text);
  doc.compute('offset');
  const tokens: Token[] = [];
  const sentences: TokSentence[] = [];
  for (const raw of doc.document) {
    let first = tokens.length;
    for (const term of raw) {
      const start = term.offset.start;
      const end = start + term.offset.length;
      const prev = tokens[tokens.length - 1];
      if (prev && tokens.length > first && /\n/.test(text.slice(prev.end, start))) {
        pushSentence(text, tokens, sentences, first);
        first = tokens.length;
      }
      tokens.push(makeToken(term, tokens.length, start, end));
    }
    pushSentence(text, tokens, sentences, first);
  }
  return { tokens, sentences };
}

function makeToken(term: RawTerm, i: number, start: number, end: number): Token {
  const text = term.text;
  const possessive = POSSESSIVE.test(text) && /['’]s$|s['’]$/.test(text);
  const base = possessive ? text.replace(/['’]s?$/, '') : text;
  const norm = text === '' ? (term.machine ?? term.normal) : (term.machine ?? base.toLowerCase());
  const cap = /^\p{Lu}/u.test(text);
  return {
    i, text, norm, start, end, post: term.post ?? '', pre: term.pre ?? '', cap, possessive,
    tags: term.tags.size > 0 ? term.tags : lexiconTags(norm),
  };
}

function pushSentence(text: string, tokens: Token[], out: TokSentence[], first: number): void {
  const last = tokens.length;
  if (last <= first) return;
  const start = tokens[first].start;
  let end = tokens[last - 1].end;
  // Keep the closing punctuation ("." or '."') inside the sentence span.
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(end, end + 4))?.[0] ?? '';
  end += tail.length;
  out.push({ first, last, start, end, text: text.slice(start, end) });
}
