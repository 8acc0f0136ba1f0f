// Jest projects by what a test needs, so `pnpm test:unit` runs anywhere:
//   unit    — nothing but Node (pure functions, files in temp dirs, exports read back by real readers)
//   neo4j   — a real Neo4j over Bolt (`pnpm neo4j:start`, or NEO4J_URI): files named *.neo4j.test.ts
//   browser — Debian's headless Chromium, and Neo4j for the Cypher box: packages/viewer/e2e/*.browser.test.ts
// `pnpm test` runs all three in band: the neo4j and browser suites share one database.
const swc = ['@swc/jest', {
  jsc: { target: 'es2022', parser: { syntax: 'typescript' }, experimental: { keepImportAttributes: true } },
  module: { type: 'es6' },
  sourceMaps: 'inline',
}];

const base = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

const tiers = [
  { displayName: 'unit', testMatch: ['<rootDir>/packages/*/{src,test,eval}/**/*.test.ts'],
    testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.neo4j\\.test\\.ts$', '\\.browser\\.test\\.ts$'] },
  { displayName: 'neo4j', testMatch: ['<rootDir>/packages/*/{src,test}/**/*.neo4j.test.ts'],
    globalSetup: '<rootDir>/.ci/jest-needs-neo4j.mjs' },
  { displayName: 'browser', testMatch: ['<rootDir>/packages/*/e2e/**/*.browser.test.ts'],
    globalSetup: '<rootDir>/.ci/jest-needs-browser.mjs' },
];

export default {
  projects: tiers.map((t) => ({ ...base, ...t })),
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/.ci/jest-summary.mjs'],
};
