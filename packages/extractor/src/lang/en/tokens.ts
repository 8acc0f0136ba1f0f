/**
 * Stage 1, tokens: the document text in; its words out (`tokenizeDocument`), with offsets into
 * the text (sentences.ts then groups them).
 *
 * Tagging comes from compromise's lexicon (given names, months, weekdays, function
 * words) and its abbreviation list; the words are text/tokens.ts's, the one word-splitting
 * pass. compromise's own tokenizer was measured at 0.2–0.7 MB/s on this machine (0.17 MB/s
 * with its tagger), below the plugin's 0.5 MB/s budget on its own; this pass runs at several MB/s.
 * Like compromise it expands "didn't" to did + not and keeps punctuation out of words.
 */
import nlp from 'compromise';
import { isListedAbbreviation } from '../../text/sentences.js';
import { joinWords, words, type Word } from '../../text/tokens.js';

/** One word of the text, with offsets into the document text. */
export interface Token {
  i: number; // index in the document's token array
  text: string; // surface without surrounding punctuation ('' for an implicit "not")
  norm: string; // lower-case, possessive "'s" removed, contraction expanded
  start: number;
  end: number;
  post: string; // the text between this word and the next (", ", ".\n", ' "')
  pre: string; // opening punctuation glued to the front of the word ('"', '(')
  cap: boolean; // starts with an upper-case letter
  possessive: boolean; // "Russia's", "allies'"
  tags: ReadonlySet<string>; // compromise lexicon tags (MaleName, Month, WeekDay, Adverb …)
}

/** A sentence as a token range [first, last) plus its span in the text. */
export interface TokSentence {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

export interface Tokenized {
  tokens: Token[];
  sentences: TokSentence[];
}

interface CompromiseModel {
  model: { one: { lexicon: Record<string, string | string[]>; abbreviations: Record<string, boolean> } };
}
const world = (nlp as unknown as { world(): CompromiseModel }).world();
const LEXICON = world.model.one.lexicon;
const ABBREVIATIONS = world.model.one.abbreviations;
const NO_TAGS: ReadonlySet<string> = new Set();
const tagCache = new Map<string, ReadonlySet<string>>();

/** Lexicon tags of a lower-case word (compromise's own lexicon: first names, months, weekdays …). */
export function lexiconTags(word: string): ReadonlySet<string> {
  let tags = tagCache.get(word);
  if (tags) return tags;
  const t = LEXICON[word];
  tags = t === undefined ? NO_TAGS : new Set(Array.isArray(t) ? t : [t]);
  tagCache.set(word, tags);
  return tags;
}

const CONTRACTION = /^(.+?)n['’]t$/i;
const IRREGULAR_NEG: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };
const UPPER = /^\p{Lu}/u;

/**
 * Tokenizes `text`: the words of text/tokens.ts joined as English writes them ("U.S.", "Russia's",
 * "didn't", "allies'"; hyphens separate words: "NATO-Russia").
 */
export function tokenizeDocument(text: string): Token[] {
  const tokens: Token[] = [];
  joinWords(text, documentWords(text), true, (start, end, word) =>
    word !== undefined ? pushPlainWord(tokens, word.text, start) : pushWord(tokens, text.slice(start, end), start),
  );
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const gapEnd = next ? next.start : text.length;
    // Most gaps are one space: no new string for them.
    const gap = gapEnd === t.end + 1 && text.charCodeAt(t.end) === 32 ? ' ' : text.slice(t.end, gapEnd);
    // The base of a contraction ("did" of "didn't") is glued to its implicit "not".
    t.post = next?.text === '' ? '' : gap;
    if (next) next.pre = openingPunctuation(gap);
  }
  return tokens;
}

let lastText: string | undefined;
let lastWords: Word[] = [];
/** The words of a text; the last text's are kept, so the gazetteer scans the words the tokens were joined from. */
export function documentWords(text: string): Word[] {
  if (text !== lastText) {
    lastText = text;
    lastWords = words(text);
  }
  return lastWords;
}

/** The punctuation glued to the front of the next word: the gap's last run of non-spaces, if it has no letter or digit. */
function openingPunctuation(gap: string): string {
  const last = gap.charCodeAt(gap.length - 1);
  if (gap.length === 0 || last === 32 || last === 10) return '';
  const pre = /[^\s]*$/.exec(gap)?.[0] ?? '';
  return /^[^\p{L}\p{N}]*$/u.test(pre) ? pre : '';
}

/** Norm, capital and tags of a word without apostrophe, computed once per distinct word. */
interface WordInfo {
  norm: string;
  cap: boolean;
  tags: ReadonlySet<string>;
}
const wordInfo = new Map<string, WordInfo>();
function infoOf(word: string): WordInfo {
  let info = wordInfo.get(word);
  if (!info) {
    if (wordInfo.size > 200_000) wordInfo.clear();
    const norm = word.toLowerCase();
    wordInfo.set(word, (info = { norm, cap: UPPER.test(word), tags: lexiconTags(norm) }));
  }
  return info;
}

/** A token without apostrophe: one of text/tokens.ts's words (no apostrophe is in one). */
function pushPlainWord(tokens: Token[], word: string, start: number): void {
  const { norm, cap, tags } = infoOf(word);
  tokens.push({ i: tokens.length, text: word, norm, start, end: start + word.length, post: '', pre: '', cap, possessive: false, tags });
}

function pushWord(tokens: Token[], word: string, start: number): void {
  if (word.indexOf("'") < 0 && word.indexOf('’') < 0) {
    pushPlainWord(tokens, word, start);
    return;
  }
  let text = word;
  let possessive = false;
  if (/['’]s$/i.test(text) && text.length > 2) {
    possessive = true;
    text = text.slice(0, -2);
  } else if (/s['’]$/i.test(text)) {
    possessive = true;
    text = text.slice(0, -1);
  } else if (/['’]$/.test(text)) text = text.slice(0, -1);
  const neg = CONTRACTION.exec(text);
  if (neg) {
    const base = neg[1];
    const lower = base.toLowerCase();
    tokens.push(makeToken(tokens.length, base, IRREGULAR_NEG[lower] ?? lower, start, start + base.length, false));
    tokens.push(makeToken(tokens.length, '', 'not', start + word.length, start + word.length, false));
    return;
  }
  // A possessive keeps its "'s" in the surface and the span; `norm` is the bare word.
  const surface = possessive ? word : text;
  tokens.push(makeToken(tokens.length, surface, text.toLowerCase(), start, start + surface.length, possessive));
}

function makeToken(i: number, text: string, norm: string, start: number, end: number, possessive: boolean): Token {
  return { i, text, norm, start, end, post: '', pre: '', cap: UPPER.test(text), possessive, tags: lexiconTags(norm) };
}

/** Is a word (lower case, no final dot) an abbreviation: compromise's list or the data file's? */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS[word] === true || isListedAbbreviation(word);
