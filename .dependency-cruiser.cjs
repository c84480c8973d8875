/**
 * The import layers of cdk-health-data, checked by dependency-cruiser in `npm test`
 * (`npm run layers`; README, "Development"). A layer imports the layers before it, never
 * one after it:
 *
 *   model    lib/template/           load a template, resolve intrinsics, unknowns, CIDR maths
 *   facts    lib/facts/, and         what rules of several services need to know about a
 *            lib/template/network.ts, template: networks, policy documents, the policies
 *            policy.ts and           attached to a resource, parameter groups
 *            attached-policies.ts
 *   rules    lib/rules/              rule.ts, check.ts and the helpers rules share (*.ts),
 *                                    then lib/rules/<service>/ (one rule per file)
 *   catalog  lib/catalog/            the catalog derived from the rule files, acknowledgments
 *   engine   lib/engine/             run the catalog's rules on a template: findings
 *   front    lib/packs/, scan/,      the cdk-nag pack, the scanner, the Guard runner, the
 *            guard/, constructs/,    constructs and the public API
 *            index.ts
 *
 * bin/ and scripts/ sit on top and may import anything in lib/. The rules after the layers
 * say what the layers alone do not. test/layers/layers.test.ts plants one violation of each
 * rule in a scratch tree and expects every one to be reported.
 */
const FACTS_IN_TEMPLATE = '^lib/template/(network|policy|attached-policies)[.]ts$';

const LAYERS = [
  { name: 'model', path: ['^lib/template/'], pathNot: [FACTS_IN_TEMPLATE] },
  { name: 'facts', path: ['^lib/facts/', FACTS_IN_TEMPLATE] },
  { name: 'rules', path: ['^lib/rules/'] },
  { name: 'catalog', path: ['^lib/catalog/'] },
  { name: 'engine', path: ['^lib/engine/'] },
  { name: 'front', path: ['^lib/(packs|scan|guard|constructs)/', '^lib/index[.]ts$'] },
];

/** One rule per layer: nothing in it imports a layer above it. */
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer.name}-not-upward`,
  severity: 'error',
  comment: `The ${layer.name} layer imports only ${i ? `the layers below it (${LAYERS.slice(0, i).map((l) => l.name).join(', ')})` : 'itself'}.`,
  from: { path: layer.path, ...(layer.pathNot ? { pathNot: layer.pathNot } : {}) },
  to: { path: LAYERS.slice(i + 1).flatMap((l) => l.path) },
}));

/** What runs inside a CDK app: only the pack and the constructs (and the API that exports them) load it. */
const CDK = '^(node_modules/)?(aws-cdk-lib|constructs|cdk-nag|@cdklabs/cdk-validator-cfnguard)($|/)';

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'rules-service-private',
      severity: 'error',
      comment: 'lib/rules/<service>/ is private to its service: what rules of several services share lives in lib/rules/*.ts (rule helpers) or lib/facts/ (facts).',
      from: { path: '^lib/rules/([^/]+)/' },
      to: { path: '^lib/rules/[^/]+/', pathNot: '^lib/rules/$1/' },
    },
    {
      name: 'constructs-not-judging',
      severity: 'error',
      comment: 'Constructs build secure resources: they may read the model, the facts and the catalog, never run rules, the engine, the pack, the scanner or Guard.',
      from: { path: '^lib/constructs/' },
      to: { path: '^lib/(rules|engine|packs|scan|guard)/' },
    },
    {
      name: 'front-ends-apart',
      severity: 'error',
      comment: 'The Guard runner serves the pack and the scanner and imports neither; the pack and the scanner do not import each other or the constructs.',
      from: { path: '^lib/(guard|scan|packs)/' },
      to: { path: '^lib/(packs|scan|constructs)/', pathNot: '^lib/$1/' },
    },
    {
      name: 'no-cdk-in-judgement',
      severity: 'error',
      comment: 'Only the pack and the constructs load aws-cdk-lib or cdk-nag: the model, facts, rules, catalog, engine, scanner and Guard runner run without CDK.',
      from: { path: '^lib/', pathNot: '^lib/(packs/|constructs/|index[.]ts$)' },
      to: { path: CDK },
    },
    {
      name: 'rules-read-no-files',
      severity: 'error',
      comment: 'A rule never reads files, starts processes or prints: facts, rules, catalog and engine import no Node.js core module.',
      from: { path: ['^lib/(facts|rules|catalog|engine)/', FACTS_IN_TEMPLATE] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lib-not-to-tooling',
      severity: 'error',
      comment: 'The library never imports the entry points, the scripts or the tests.',
      from: { path: '^lib/' },
      to: { path: '^(bin|scripts|test)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: each module can be read, and is loaded, after what it imports.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|cdk[.]out)/' },
    // Type-only imports count: a layer that names a type from above depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
