/** RULES.md, generated from the catalog (never edited by hand). */
import { CATALOG, INTRINSICS_DIFFERENCE } from './index';
import type { CatalogEntry, Category } from './types';

const CATEGORY: Record<Category, string> = {
  P: 'P: public reachability',
  H: 'H: plaintext transport',
  E: 'E: unencrypted at rest',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRulesMarkdown(catalog: readonly CatalogEntry[] = CATALOG): string {
  const lines = [
    '# HealthData rules',
    '',
    '<!-- Generated from lib/rules/<service>/<Name>.ts by `npm run generate`; a test fails when this file is stale. -->',
    '',
    `${catalog.length} rules. Each rule lives in \`lib/rules/<service>/<Name>.ts\`, its tests in \`test/rules/<service>/<Name>.test.ts\`.`,
    'Acknowledge a finding with `Validations.of(construct).acknowledge({ id: \'HealthData-<Name>\', reason: \'...\' })`.',
    '',
    '**What is judged.** Every resource of every template: nested stacks (`*.nested.template.json`, followed from their',
    '`AWS::CloudFormation::Stack`) and stacks in stages included, by the pack, the Guard validator and the scanner alike.',
    'Acknowledgments written in template metadata (`cdk_nag.rules_to_suppress`, `cdk_health_data.acknowledgments`) get the',
    'same verdict as those on constructs: a reason is required, never-acknowledgeable rules stay refused, expiry applies, an',
    'id that is not in this list fails, and acknowledged findings stay visible in every report.',
    '**Custom resources.** Configuration that a custom resource applies after deploy is judged as part of the resource it changes:',
    'the access policy CDK\'s OpenSearch/Elasticsearch `Domain` writes through `Custom::OpenSearchAccessPolicy` is judged by',
    '`HealthData-OpenSearchDomainAccessPolicyNotPublic` like `AccessPolicies`. Every custom resource (`Custom::*`,',
    '`AWS::CloudFormation::CustomResource`) is judged by `HealthData-CustomResourceEffectKnown`: aws-cdk-lib handlers are',
    'recognized by their rendered shape (ledger: `CDK_HANDLERS` in `lib/template/custom-resources.ts`) and pass when harmless',
    '(auto-delete, log retention, default security group lockdown, ...) or when what they apply is judged (bucket notifications',
    'to template resources, bucket deployments without public ACLs, read-only `AwsCustomResource` calls); an unrecognized handler',
    'or an `AwsCustomResource` call that may change storage settings (`putBucketPolicy`, `deletePublicAccessBlock`, ...) is a',
    'finding, acknowledgeable with a reason that names what it does.',
    '',
  ];
  for (const cat of ['P', 'H', 'E'] as Category[]) {
    const rules = catalog.filter((e) => e.category === cat).sort((a, b) => a.id.localeCompare(b.id));
    lines.push(`## ${CATEGORY[cat]} (${rules.length})`, '');
    lines.push('| id | resources | checks | fix |', '|---|---|---|---|');
    for (const e of rules) {
      const never = e.acknowledgeable === false ? ' (never acknowledgeable)' : '';
      lines.push(`| [\`${e.id}\`](lib/rules/${e.service}/${e.name}.ts)${never} | ${e.resourceTypes.map((t) => `\`${t}\``).join(', ')} | ${cell(e.title)} | ${cell(e.fix)} |`);
    }
    lines.push('');
  }
  lines.push('## Declared differences between the rules engine and the Guard policies', '');
  lines.push(`- All rules: ${INTRINSICS_DIFFERENCE.approximation} (Guard is ${INTRINSICS_DIFFERENCE.direction}.)`);
  for (const e of [...catalog].filter((x) => x.guardDifference).sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`- \`${e.id}\`: Guard is ${e.guardDifference!.direction}. ${cell(e.guardDifference!.approximation)}`);
  }
  lines.push('', 'test/guard/parity.test.ts and the rule harness allow differences only of these kinds, in these directions.', '');
  lines.push('## Why, controls and decisions', '');
  for (const e of [...catalog].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`### ${e.id}`, '');
    lines.push(`- Category: ${e.category}; severity: ${e.severity}${e.acknowledgeable === false ? `; never acknowledgeable: ${e.notAcknowledgeableBecause}` : ''}`);
    lines.push(`- Guard twin: [policies/${e.service}/${e.name}.guard](policies/${e.service}/${e.name}.guard)`);
    lines.push(`- Why: ${e.rationale}`);
    lines.push(`- Controls: ${e.controls.join('; ')}`);
    if (e.notes) lines.push(`- Decisions: ${e.notes}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
