/** The graphs every export test round-trips: the contract fixture and the hostile one. */
import type { Graph } from '@kg/extractor';
import { toGraphology, type KgGraph } from '../../src/model.js';
import { contractFixture, modelFixture } from '../model/fixtures.js';

export interface Case {
  name: string;
  source: Graph;
  model: KgGraph;
}

export const cases = (): Case[] =>
  [
    ['contract fixture', contractFixture()],
    ['hostile fixture', modelFixture('hostile')],
  ].map(([name, source]) => ({
    name: name as string,
    source: source as Graph,
    model: toGraphology(source as Graph),
  }));
