// One jest run covers the three tiers (PLENARY STYLE.md): *.spec.ts (unit), *.int-spec.ts (real
// PostgreSQL and Redis) and *.e2e-spec.ts (the api over HTTP). Each suite gets its own database,
// cloned from a template migrated once in global-setup, and its own Redis key prefix.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const swc = JSON.parse(readFileSync(resolve(__dirname, '.swcrc'), 'utf8'));
swc.jsc.baseUrl = resolve(__dirname);
delete swc.$schema;

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testRegex: '.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/bench/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30000,
};
