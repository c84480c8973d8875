/**
 * The jest configuration `npm run mutate` (StrykerJS) uses: the unit and property tests of the
 * template model and of the shared rule helpers, which load no CDK and run in seconds. The rule
 * suites judge the same code through CDK and cfn-guard at about five seconds a suite, too slow
 * to rerun for each of some 2,800 mutants on two cores. Not used by `npm test`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/template/**/*.test.ts', '<rootDir>/test/rules/*.test.ts'],
};
