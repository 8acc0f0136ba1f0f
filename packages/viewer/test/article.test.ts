import { describe, it, expect } from '@jest/globals';
import { findMentions, locateSentence, segment } from '../src/core/article/highlight.js';

const text = 'Nga và NATO hôm qua (4/7) thừa nhận họ vẫn còn mâu thuẫn. Ngoại trưởng Nga Sergei Lavrov gặp Hillary Clinton ngày 13/7.';
const sentence = 'Ngoại trưởng Nga Sergei Lavrov gặp Hillary Clinton ngày 13/7.';
const start = text.indexOf(sentence);

describe('locateSentence', () => {
  it('trusts offsets that point at the sentence', () =>
    expect(locateSentence(text, sentence, start, start + sentence.length)).toEqual([start, start + sentence.length]));
  it('finds the sentence by content when offsets are off', () => expect(locateSentence(text, sentence, 0, 10)).toEqual([start, start + sentence.length]));
  it('returns null when the sentence is not in the text', () => expect(locateSentence(text, 'Không có câu này.', 0, 5)).toBeNull());
});

describe('findMentions', () => {
  it('marks whole words only, longest first', () => {
    const spans = findMentions('Nga, Ngày, Liên bang Nga.', ['Nga', 'Liên bang Nga']);
    expect(spans.map(([s, e]) => 'Nga, Ngày, Liên bang Nga.'.slice(s, e))).toEqual(['Nga', 'Liên bang Nga']);
  });
});

describe('segment', () => {
  it('cuts the text into plain and marked parts that join back to it', () => {
    const parts = segment(text, [start, start + sentence.length], findMentions(text, ['Nga']));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.mark === 'evidence').map((p) => p.text)).toEqual([sentence]);
    expect(parts.filter((p) => p.mark === 'mention').map((p) => p.text)).toEqual(['Nga']); // the one inside the evidence is not marked twice
  });
});
