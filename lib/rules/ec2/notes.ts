/** What "public" means for the security-group rules (shared text of their notes). */
export const PUBLIC_RANGES = 'Public means any IPv4 address outside 10/8, 172.16/12, 192.168/16, 100.64/10 (and loopback), or any IPv6 address outside fc00::/7, judged by address arithmetic: 0.0.0.0/1, 10.0.0.1/0 and ::/0 are public. '
  + 'Protocols -1/all, tcp/6, udp/17 and any other non-ICMP protocol count; ICMP (1) and ICMPv6 (58) do not. -1 or absent ports mean every port. '
  + 'SourcePrefixListId is public unless it names an AWS::EC2::PrefixList of the template whose entries are all private; SourceSecurityGroupId/Name are never public. '
  + 'A CIDR, protocol or port given by a parameter without AllowedValues, an import, an invalid CIDR or an inverted port range is a finding that says what is unproven. '
  + 'Inline rules are judged on the group, each standalone AWS::EC2::SecurityGroupIngress on itself, so no rule is reported twice.';
