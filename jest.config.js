/** Jest runs TypeScript through ts-jest in isolated (transpile-only) mode; `tsc --noEmit` type-checks. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  maxWorkers: 2,
};
