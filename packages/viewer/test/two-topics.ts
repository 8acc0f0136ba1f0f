/**
 * A made-up contract graph where one sentence backs one relation under two topics: the
 * model (@kg/graph) then keeps two evidence items for that span (one per topic) and counts
 * the sentence once in the edge's weight.
 */
const TEXT = 'Alpha Land and Beta Land met on Monday about trade and energy. Their ministers met again about trade.';
const FIRST = { start: 0, end: 62 };
const SECOND = { start: 63, end: TEXT.length };

const sentence = (span: { start: number; end: number }) => ({ doc: 'doc-x', sentence: TEXT.slice(span.start, span.end), ...span });
const meet = (topic: string, spans: { start: number; end: number }[]) => ({
  subject: 'alpha',
  predicate: 'MEET',
  object: 'beta',
  topic,
  negated: false,
  attributedTo: null,
  confidence: 0.9,
  evidence: spans.map(sentence),
});

export const TWO_TOPICS = {
  sentences: [TEXT.slice(FIRST.start, FIRST.end), TEXT.slice(SECOND.start, SECOND.end)],
  /** The edge key the model gives the MEET edge. */
  edge: 'alpha|MEET|beta|affirmed',
  graph: {
    version: 1,
    documents: [{ id: 'doc-x', path: 'doc-x.txt', title: 'Made-up meeting', lang: 'en', published: null, text: TEXT }],
    entities: [
      { id: 'alpha', name: 'Alpha Land', type: 'Country', aliases: ['Alpha Land'], mentions: [{ doc: 'doc-x', start: 0, end: 10, text: 'Alpha Land' }] },
      { id: 'beta', name: 'Beta Land', type: 'Country', aliases: ['Beta Land'], mentions: [{ doc: 'doc-x', start: 15, end: 24, text: 'Beta Land' }] },
    ],
    relations: [meet('trade', [FIRST, SECOND]), meet('energy', [FIRST])],
  },
};
