// The scorer's own tests. The workspace config (jest.config.mjs at the root) only looks in
// src/, test/ and e2e/, so run these with:
//   node --experimental-vm-modules node_modules/jest/bin/jest.js -c packages/extractor/eval/jest.config.mjs
export default {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/**/*.test.ts'],
};
