/** Cooperation, support, aid and deployment in noun and verb phrases (fresh sentences, with negatives). */
import { describe, it, expect } from '@jest/globals';
import { rel } from './helpers.js';

describe('en cooperation phrases', () => {
  it.each([
    ['Greek and Italian navies began joint exercises off Crete on Monday.', 'greece COOPERATE italy'],
    ['Chile and Peru signed a fisheries agreement in Lima.', 'chile COOPERATE peru'],
    ['Chile and Peru agreed to deepen their security cooperation.', 'chile COOPERATE peru'],
    ['Chile will expand defence cooperation with Peru.', 'chile COOPERATE peru'],
    ["Brazil criticised Chile's cooperation with Peru.", 'chile COOPERATE peru'],
    ["Peru welcomed Chile's support for Bolivia.", 'chile SUPPORT bolivia'],
    ['Chile said it would provide the Philippines with patrol boats.', 'chile AID philippines'],
    ["The ministers condemned Iran's deployment of drones to Syria.", 'iran DEPLOY syria'],
    ['Greece accused the Turkish coast guard of ramming its boats.', 'greece ACCUSE turkey'],
    ['Emmanuel Macron received Olaf Scholz at the Elysee on Friday.', 'emmanuel-macron MEET olaf-scholz'],
    ['Emmanuel Macron welcomed German Chancellor Olaf Scholz to Paris on Friday.', 'emmanuel-macron MEET olaf-scholz'],
    ['Emmanuel Macron spoke with Olaf Scholz by phone on Friday.', 'emmanuel-macron CALL olaf-scholz'],
  ])('%s', (text, triple) => {
    expect(rel(text)).toContain(triple);
  });

  it.each([
    ["Emmanuel Macron received Ukraine's request on Friday."],
    ["Emmanuel Macron welcomed Olaf Scholz's decision on Friday."],
    ['Emmanuel Macron welcomed the decision of Germany on Friday.'],
    ['Chile began joint exercises off Arica on Monday.'],
    ['Chile signed a fisheries agreement in Lima.'],
    ['Protesters called for support for Bolivia.'],
  ])('no relation: %s', (text) => {
    expect(rel(text)).toEqual([]);
  });
});

describe('en visits as nouns', () => {
  it("X's (official) visit to Y", () => {
    expect(rel("Olaf Scholz's official visit to Chile ended on Friday.")).toContain('olaf-scholz VISIT chile');
    expect(rel("Olaf Scholz's trip to Chile ended on Friday.")).toContain('olaf-scholz VISIT chile');
  });

  it('no visitor without a possessor', () => {
    expect(rel('The official visit to Chile ended on Friday.')).toEqual([]);
  });
});
