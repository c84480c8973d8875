import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The Redshift Serverless workgroup is not publicly accessible: `PubliclyAccessible` is false. */
export default function RedshiftServerlessWorkgroupNotPublic(workgroup: Resource): RuleFinding[] {
  return perVariant(workgroup, (props) =>
    mustBe(props, 'PubliclyAccessible', false, { defaultText: 'not documented by the API reference, so privacy is not proven' }),
  );
}
