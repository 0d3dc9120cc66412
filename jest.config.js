/** Jest runs TypeScript through SWC (no type check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  testTimeout: 30000,
  // Every core: jest's default (cores - 1) leaves one of two cores idle.
  maxWorkers: '100%',
  testSequencer: '<rootDir>/test/sequencer.js',
};
