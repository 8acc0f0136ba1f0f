/** Test fixtures, read and validated through the same path as the CLI. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '@kg/extractor';
import { readGraph } from '../../src/read.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The contract fixture (test/fixtures/graph.json). */
export const contractFixture = (): Graph => readGraph(path.join(here, '../fixtures/graph.json'));

/** A fixture of test/fixtures/model/<name>.json. */
export const modelFixture = (name: string): Graph => readGraph(path.join(here, '../fixtures/model', `${name}.json`));
