/**
 * Which parameter makes an RDS engine refuse plaintext connections, and whether
 * the parameter group a database (instance or cluster) names sets it. Shared by
 * RdsInstanceTlsRequired and RdsClusterTlsRequired. Not a rule.
 */
import type { TemplateResource, TemplateModel } from '../../template/template';
import { describe, get, isObject, isUnknown, num, str } from '../../template/values';
import { at } from '../check';
import type { RuleFinding } from '../rule';
import { mapParameter, resolveGroup, when, type GroupRef } from '../../facts/parameter-groups';

type Props = Record<string, unknown>;

export type EngineKind = 'postgres' | 'aurora-postgresql' | 'mysql' | 'mariadb' | 'aurora-mysql' | 'sqlserver' | 'oracle' | 'other';

/** The engine family of an `Engine` value (or of a parameter group `Family`, e.g. `postgres15`, `aurora-mysql8.0`). */
export function engineKind(engineOrFamily: string): EngineKind {
  const e = engineOrFamily.toLowerCase();
  if (e.startsWith('aurora-postgresql')) return 'aurora-postgresql';
  if (e.startsWith('aurora-mysql') || /^aurora(\d|$)/.test(e)) return 'aurora-mysql';
  if (e.startsWith('postgres')) return 'postgres';
  if (e.startsWith('mysql')) return 'mysql';
  if (e.startsWith('mariadb')) return 'mariadb';
  if (e.startsWith('sqlserver')) return 'sqlserver';
  if (e.startsWith('oracle')) return 'oracle';
  return 'other';
}

interface TlsSwitch {
  readonly param: string;
  /** The secure value as a person writes it. */
  readonly on: string;
  /** The engine default, for messages. */
  readonly off: string;
  readonly ok: (v: unknown) => boolean;
}

const FORCE_SSL: TlsSwitch = {
  param: 'rds.force_ssl',
  on: '1',
  off: '0',
  ok: (v) => num(v) === 1,
};

const SECURE_TRANSPORT: TlsSwitch = {
  param: 'require_secure_transport',
  on: 'ON (or 1)',
  off: 'OFF',
  ok: (v) => ['1', 'on', 'true'].includes(String(str(v) ?? '').trim().toLowerCase()),
};

export function tlsSwitch(kind: EngineKind): TlsSwitch | undefined {
  switch (kind) {
    case 'postgres':
    case 'aurora-postgresql':
    case 'sqlserver':
      return FORCE_SSL;
    case 'mysql':
    case 'mariadb':
    case 'aurora-mysql':
      return SECURE_TRANSPORT;
    default:
      return undefined;
  }
}

/** The PostgreSQL major version a family (`postgres15`) or an engine version (`15.4`) names. */
function pgMajor(familyOrVersion: string | undefined): number | undefined {
  if (!familyOrVersion) return undefined;
  const m = /^(?:postgres)?(\d+)/i.exec(familyOrVersion.trim());
  return m ? Number(m[1]) : undefined;
}

export interface DatabaseTlsOptions {
  /** `DBParameterGroupName` or `DBClusterParameterGroupName`. */
  readonly groupProp: string;
  /** `AWS::RDS::DBParameterGroup` or `AWS::RDS::DBClusterParameterGroup`. */
  readonly groupType: string;
  /** Whether RDS for PostgreSQL 15+'s default (`rds.force_ssl` = 1) applies: DB instances only. */
  readonly postgresDefaultOn: boolean;
  /** `instance` or `cluster`, for messages. */
  readonly what: string;
}

/** The engine kind of a database: its `Engine`, else its source instance's (read replica of this template), else the family of the group it names. */
export function databaseEngine(props: Props, ref: GroupRef, template?: TemplateModel): { kind?: EngineKind; finding?: RuleFinding } {
  const raw = props.Engine;
  const engine = str(raw);
  if (raw !== undefined && engine === undefined) {
    return { finding: { path: at('Engine'), problem: 'must be a literal engine name, so that the engine\'s TLS setting can be checked', found: describe(raw) } };
  }
  if (engine) return { kind: engineKind(engine) };
  const source = template && props.SourceDBInstanceIdentifier !== undefined ? template.target(props.SourceDBInstanceIdentifier) : undefined;
  const sourceEngine = source?.type === 'AWS::RDS::DBInstance' ? str(source.rawProperties.Engine) : undefined;
  if (sourceEngine) return { kind: engineKind(sourceEngine) };
  const family = ref.kind === 'default' ? ref.family : ref.kind === 'template' ? ref.group.variants().map((v) => str(v.value.Family)).find(Boolean) : undefined;
  if (family) return { kind: engineKind(family) };
  return {
    finding: {
      path: at('Engine'),
      problem: 'must be stated (or the parameter group must name its family) so that the engine\'s TLS setting can be checked',
      found: 'absent (inherited from the source database or snapshot, which the template does not show)',
    },
  };
}

/**
 * Whether a database's parameter group forces TLS for its engine. `undefined`
 * when it provably does; otherwise the findings (one per group rendering that fails).
 */
export function databaseTlsFindings(db: TemplateResource, props: Props, opts: DatabaseTlsOptions): RuleFinding[] {
  const template = db.template;
  const groupValue = get(props, opts.groupProp);
  const ref = resolveGroup(template, groupValue, [opts.groupType], [opts.groupProp]);
  const engine = databaseEngine(props, ref, template);
  if (engine.finding) return [engine.finding];
  const kind = engine.kind!;
  const sw = tlsSwitch(kind);
  if (!sw) {
    return [{
      path: at('Engine'),
      problem: `has no parameter-group TLS switch this pack can verify (engine ${describe(props.Engine ?? kind)}), so refusing plaintext connections is not proven`,
      found: describe(props.Engine ?? kind),
    }];
  }
  const need = `must name a parameter group that sets ${sw.param} to ${sw.on}`;
  const version = str(props.EngineVersion);
  const pgDefaultOn = (family: string | undefined) =>
    opts.postgresDefaultOn && kind === 'postgres' && (pgMajor(family) ?? pgMajor(version) ?? 0) >= 15;

  if (ref.kind === 'default') {
    if (pgDefaultOn(ref.family)) return [];
    const name = ref.family ? `the default group default.${ref.family}` : 'the default parameter group';
    const pgNote = kind === 'postgres' && opts.postgresDefaultOn
      ? `; only PostgreSQL 15 and later default to ${sw.param}=1 and EngineVersion ${version ? `${JSON.stringify(version)} is older` : 'is not stated'}`
      : '';
    return [{
      path: at(opts.groupProp),
      problem: need,
      found: groupValue === undefined
        ? `absent (uses ${name}, where ${sw.param} is ${sw.off}${pgNote})`
        : `${describe(groupValue)} (${name}, where ${sw.param} is ${sw.off}${pgNote})`,
    }];
  }
  if (ref.kind === 'unknown') {
    return [{ path: at(opts.groupProp), problem: `${need}, defined in this template so that the setting can be proven: ${ref.why}`, found: describe(groupValue) }];
  }
  const out: RuleFinding[] = [];
  for (const s of mapParameter(ref.group, sw.param)) {
    if (s.value === undefined) {
      if (pgDefaultOn(s.family)) continue;
      out.push({
        path: at(opts.groupProp),
        problem: `${need}; ${ref.group.logicalId} leaves it at the engine default ${sw.off}${when(s)}`,
        found: describe(groupValue),
      });
    } else if (!sw.ok(s.value)) {
      out.push({
        path: at(opts.groupProp),
        problem: `${need}; ${ref.group.logicalId} ${isUnknown(s.value) ? 'sets it to a value that cannot be proven' : 'sets it'} to ${describe(s.value)}${when(s)}`,
        found: describe(groupValue),
      });
    }
  }
  return out;
}

/**
 * Oracle has no parameter that refuses plaintext: native network encryption,
 * set to REQUIRED in the instance's option group, does.
 */
export function oracleTlsFindings(db: TemplateResource, props: Props): RuleFinding[] {
  const value = get(props, 'OptionGroupName');
  const ref = resolveGroup(db.template, value, ['AWS::RDS::OptionGroup'], ['OptionGroupName']);
  const need = 'must name an option group with NATIVE_NETWORK_ENCRYPTION and SQLNET.ENCRYPTION_SERVER set to REQUIRED';
  if (ref.kind === 'default') {
    return [{ path: at('OptionGroupName'), problem: need, found: value === undefined ? 'absent (uses the default option group: no native network encryption)' : describe(value) }];
  }
  if (ref.kind === 'unknown') {
    return [{ path: at('OptionGroupName'), problem: `${need}, defined in this template so that the setting can be proven: ${ref.why}`, found: describe(value) }];
  }
  const out: RuleFinding[] = [];
  for (const v of ref.group.variants()) {
    const configs = v.value.OptionConfigurations;
    const nne = Array.isArray(configs)
      ? configs.find((c) => isObject(c) && String(str(c.OptionName) ?? '').toUpperCase() === 'NATIVE_NETWORK_ENCRYPTION')
      : undefined;
    const settings = isObject(nne) && Array.isArray(nne.OptionSettings) ? nne.OptionSettings : [];
    const server = settings.find((s) => isObject(s) && String(str(s.Name) ?? '').toUpperCase() === 'SQLNET.ENCRYPTION_SERVER');
    const level = isObject(server) ? server.Value : undefined;
    if (String(str(level) ?? '').toUpperCase() === 'REQUIRED') continue;
    const branches = v.branches.length ? ` when ${v.branches.join(' and ')}` : '';
    out.push({
      path: at('OptionGroupName'),
      problem: `${need}; ${ref.group.logicalId} ${nne ? `sets SQLNET.ENCRYPTION_SERVER to ${describe(level)}` : 'has no NATIVE_NETWORK_ENCRYPTION option'}${branches}`,
      found: describe(value),
    });
  }
  return out;
}
