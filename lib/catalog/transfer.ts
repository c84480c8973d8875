import { entry } from './entry';
import type { CatalogEntry } from './types';

export const transfer: CatalogEntry[] = [
  entry({
    name: 'TransferServerNotPublic',
    category: 'P',
    service: 'transfer',
    resourceTypes: ['AWS::Transfer::Server'],
    title: 'The Transfer Family server endpoint is inside a VPC (EndpointType VPC) with no Elastic IP attached.',
    rationale: 'A PUBLIC endpoint, or a VPC endpoint with Elastic IPs, accepts SFTP/FTPS logins from the whole internet: one weak or leaked credential exposes the recordings behind it.',
    fix: "Set EndpointType: VPC with EndpointDetails VpcId, SubnetIds and SecurityGroupIds, and leave AddressAllocationIds out (CDK: new transfer.CfnServer(this, 'Server', { endpointType: 'VPC', endpointDetails: { vpcId, subnetIds, securityGroupIds } })). Reach partners through a VPN, Direct Connect or a private link instead.",
    notes: 'Verified: EndpointType defaults to PUBLIC; AddressAllocationIds "make your VPC endpoint public-facing" (internet-facing endpoint) and are only allowed with EndpointType VPC. Decision: VPC_ENDPOINT (deprecated since May 2021, no new servers) passes: it is reachable only through a VPC interface endpoint and cannot take Elastic IPs. Which clients may reach a VPC endpoint is judged by the security-group rules.',
  }),
  entry({
    name: 'TransferServerProtocolsEncrypted',
    category: 'H',
    service: 'transfer',
    resourceTypes: ['AWS::Transfer::Server'],
    title: 'The Transfer Family server offers only encrypted protocols: Protocols lists only SFTP, FTPS or AS2, never FTP.',
    rationale: 'FTP sends user names, passwords and the files themselves in the clear; anyone on the path reads the recordings and can log in later.',
    fix: "Remove FTP from Protocols and use SFTP or FTPS (CDK: CfnServer protocols: ['SFTP']).",
    notes: 'Verified: Protocols defaults to SFTP when omitted, so absence passes. FTPS is FTP over TLS. AS2 is accepted: Transfer Family requires AS2 messages received over HTTP to be CMS-encrypted (unencrypted ones only behind a TLS-terminating load balancer). Values are compared without regard to case; unresolvable entries are findings.',
  }),
  entry({
    name: 'TransferServerSecurityPolicyCurrent',
    category: 'H',
    service: 'transfer',
    resourceTypes: ['AWS::Transfer::Server'],
    title: 'The Transfer Family server uses a current security policy: SecurityPolicyName is TransferSecurityPolicy-2020-06 or newer.',
    rationale: 'The 2018-11 policy still negotiates legacy SSH and TLS algorithms, so a client or attacker can downgrade the session protecting health data in transit.',
    fix: "Set SecurityPolicyName to a current policy such as TransferSecurityPolicy-2024-01 or TransferSecurityPolicy-FIPS-2024-05 (CDK: CfnServer securityPolicyName: 'TransferSecurityPolicy-2024-01').",
    notes: 'Verified: a server created by CloudFormation without SecurityPolicyName gets TransferSecurityPolicy-2018-11 (the console/API default is 2024-01), so absence is a finding. Accepted: any TransferSecurityPolicy-[<variant>-]YYYY-MM dated 2020-06 or later (2020-06, 2022-03, 2023-05, 2024-01, 2025-03, FIPS-*, PQ-SSH-*, Restricted-2020-06/2024-06, SshAuditCompliant-2025-02, AS2Restricted-2025-07 and later ones). Refused: the 2018-11 generation (2018-11, Restricted-2018-11) and anything that cannot be resolved.',
  }),
];
