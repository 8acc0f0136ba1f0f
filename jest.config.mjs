// One jest run over every package (ESM, TypeScript through swc).
// Run with --runInBand: the graph and viewer suites share one Neo4j database.
const swc = ['@swc/jest', {
  jsc: { target: 'es2022', parser: { syntax: 'typescript' }, experimental: { keepImportAttributes: true } },
  module: { type: 'es6' },
  sourceMaps: 'inline',
}];

const project = (name) => ({
  displayName: name,
  rootDir: `packages/${name}`,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/{src,test,e2e,eval}/**/*.test.ts'],
});

export default {
  projects: ['extractor', 'graph', 'viewer'].map(project),
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/.ci/jest-summary.mjs'],
};
