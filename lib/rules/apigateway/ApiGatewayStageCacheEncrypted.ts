import type { TemplateResource } from '../../template/template';
import { asArray, bool, describe, get, isObject, isUnknown, str } from '../../template/values';
import { absent, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment'],
  title: 'A stage with an API cache encrypts cached responses: CacheDataEncrypted is true for every method (MethodSettings /* * or the deployment StageDescription) and on every MethodSettings entry that enables caching.',
  rationale: 'The API cache stores responses, which can contain health data; API Gateway does not encrypt it unless CacheDataEncrypted is true.',
  fix: "Add MethodSettings [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true, CacheDataEncrypted: true }] (CDK: deployOptions: { cachingEnabled: true, cacheDataEncrypted: true }), or leave CacheClusterEnabled false.",
  notes: 'CacheDataEncrypted defaults to false. A stage whose CacheClusterEnabled is absent or false and that enables caching on no method holds no cache and passes. A deployment without StageDescription creates no cache.',
  evaluate,
});

const DEPLOYMENT = 'AWS::ApiGateway::Deployment';

/**
 * A stage with an API cache encrypts the cached responses: when
 * CacheClusterEnabled is not provably false, CacheDataEncrypted is true for all
 * methods (a MethodSettings entry for /* and *, or StageDescription.CacheDataEncrypted
 * on a deployment), and every MethodSettings entry that caches is encrypted.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (raw) => {
    const base = r.type === DEPLOYMENT ? 'StageDescription' : '';
    const props = base ? get(raw, base) : raw;
    if (props === undefined) return undefined; // a deployment without a stage description creates no cache
    const p = (k: string) => ['Properties', base, k].filter(Boolean).join('.');
    if (isUnknown(props) || !isObject(props)) return { path: p(''), problem: 'cannot be proven to encrypt its cache', found: describe(props) };
    const out: RuleFinding[] = [];
    const settings = get(props, 'MethodSettings');
    if (isUnknown(settings)) return { path: p('MethodSettings'), problem: 'cannot be proven to encrypt cached responses', found: describe(settings) };
    const list = asArray(settings);
    list.forEach((s, i) => {
      if (!isObject(s)) return;
      if (bool(get(s, 'CachingEnabled')) === false || get(s, 'CachingEnabled') === undefined) return;
      if (bool(get(s, 'CacheDataEncrypted')) !== true) {
        out.push({ path: p(`MethodSettings.${i}.CacheDataEncrypted`), problem: 'must be true where CachingEnabled is true', found: get(s, 'CacheDataEncrypted') === undefined ? absent('false') : describe(get(s, 'CacheDataEncrypted')) });
      }
    });
    const cluster = get(props, 'CacheClusterEnabled');
    if (cluster === undefined || bool(cluster) === false) return out;
    const stageWide = base && bool(get(props, 'CacheDataEncrypted')) === true;
    const allMethods = list.some((s) => isObject(s) && str(get(s, 'ResourcePath')) === '/*' && str(get(s, 'HttpMethod')) === '*' && bool(get(s, 'CacheDataEncrypted')) === true);
    if (!stageWide && !allMethods) {
      out.push({
        path: p(base ? 'CacheDataEncrypted' : 'MethodSettings'),
        problem: `must encrypt the cache for every method (CacheClusterEnabled is ${describe(cluster)})`,
        found: absent('CacheDataEncrypted false'),
      });
    }
    return out;
  });
}
