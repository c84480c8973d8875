import { entry } from './entry';
import type { CatalogEntry } from './types';

export const memorydb: CatalogEntry[] = [
  entry({
    name: 'MemoryDbClusterTlsEnabled',
    category: 'H',
    service: 'memorydb',
    resourceTypes: ['AWS::MemoryDB::Cluster'],
    title: 'The MemoryDB cluster keeps in-transit encryption on: TLSEnabled is not false.',
    rationale: 'MemoryDB is a durable primary database; with TLS off, every health record read or written crosses the network in plaintext.',
    fix: 'Remove TLSEnabled or set it to true (CDK: CfnCluster tlsEnabled: true).',
    notes: 'Verified: TLSEnabled defaults to true (MemoryDB CreateCluster; the Terraform provider documents "Defaults to true"), so absence passes. TLS can only be turned off together with the open-access ACL, which HealthData-MemoryDbClusterAuthenticated flags separately. MemoryDB always encrypts at rest (no property to turn it off), so there is no at-rest rule.',
  }),
  entry({
    name: 'MemoryDbClusterAuthenticated',
    category: 'P',
    service: 'memorydb',
    resourceTypes: ['AWS::MemoryDB::Cluster'],
    title: 'Clients must authenticate: ACLName names an access control list other than the built-in "open-access".',
    rationale: 'The open-access ACL lets any client that can reach the cluster port read and write every key without credentials.',
    fix: 'Create an AWS::MemoryDB::ACL with AWS::MemoryDB::User entries and set ACLName to it (CDK: CfnCluster aclName: acl.aclName).',
    notes: 'ACLName is required. "open-access" is the built-in ACL with the default user and no password. A Ref/GetAtt to an AWS::MemoryDB::ACL of the template or a literal other name passes; a parameter without AllowedValues or an import cannot be proven and is flagged.',
  }),
];
