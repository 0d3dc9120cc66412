import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_ADDRESS_PLANS } from '../../lib/model/address-plan';
import { loadPlatformSettings } from '../../lib/model/platform-settings';
import { REPO_ROOT, scratchDir } from '../util';

function settingsFrom(yaml: string) {
  const dir = scratchDir({ '_platform.yaml': yaml });
  try {
    return loadPlatformSettings(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function errorOf(yaml: string): string {
  try {
    settingsFrom(yaml);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the settings to be refused');
}

describe('platform settings', () => {
  it('gives every setting a default when there is no file', () => {
    const dir = scratchDir({});
    const settings = loadPlatformSettings(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(settings.deployer).toEqual({});
    expect(settings.admins).toEqual({ aws: { roleArns: [] }, azure: { groupObjectIds: [] }, gcp: { members: [] } });
    expect(settings.runners).toEqual({ cidrs: [], publicIps: [] });
    expect(settings.alerts.receivers).toEqual([]);
    expect(settings.pools.backend).toEqual({ type: 'local', path: 'terraform.{stack}.tfstate' });
    expect(settings.addressPlan).toEqual(DEFAULT_ADDRESS_PLANS);
  });

  it('reads the example fleet settings', () => {
    const settings = loadPlatformSettings(path.join(REPO_ROOT, 'tenants'));
    expect(settings.deployer.aws?.roleArn).toMatch(/^arn:aws:iam::\d{12}:role\//);
    expect(settings.deployer.azure?.type).toBe('ServicePrincipal');
    expect(settings.deployer.gcp?.serviceAccount).toMatch(/\.iam\.gserviceaccount\.com$/);
    expect(settings.runners.cidrs.length).toBeGreaterThan(0);
    expect(settings.alerts.receivers.length).toBeGreaterThan(0);
    expect(settings.pools.backend.type).not.toBe('local');
  });

  it('reads deployer, admins, runners, alerts, the pool backend and the address plan', () => {
    const settings = settingsFrom(`
deployer:
  aws: { roleArn: arn:aws:iam::111122223333:role/deployer }
  azure: { objectId: 11111111-2222-3333-4444-555555555555, name: tt-deployer }
  gcp: { serviceAccount: tt-deployer@acme-platform.iam.gserviceaccount.com }
admins:
  aws: { roleArns: [arn:aws:iam::111122223333:role/break-glass] }
  gcp: { members: ['group:platform@example.com'] }
runners:
  cidrs: [10.255.0.0/24]
  publicIps: [203.0.113.10/32]
  aws: { transitGatewayId: tgw-0123456789abcdef0 }
alerts:
  receivers:
    - email: oncall@example.com
    - webhook: https://hooks.example.com/alerts
    - onCall: { name: pagerduty, urlVariable: pagerduty_events_url }
pools:
  backend: { type: s3, bucket: acme-pool-state, region: us-east-1 }
addressPlan:
  aws: { cidrs: [10.64.0.0/12, 100.64.0.0/12], blockPrefix: 18 }
`);
    expect(settings.deployer.azure).toEqual({ objectId: '11111111-2222-3333-4444-555555555555', name: 'tt-deployer', type: 'ServicePrincipal' });
    expect(settings.admins.aws.roleArns).toEqual(['arn:aws:iam::111122223333:role/break-glass']);
    expect(settings.admins.azure.groupObjectIds).toEqual([]);
    expect(settings.runners.aws?.transitGatewayId).toBe('tgw-0123456789abcdef0');
    expect(settings.alerts.receivers).toHaveLength(3);
    expect(settings.pools.backend).toMatchObject({ type: 's3', bucket: 'acme-pool-state', keyPrefix: 'tenants', locking: 'lockfile' });
    expect(settings.addressPlan.aws).toEqual({ cidrs: ['10.64.0.0/12', '100.64.0.0/12'], blockPrefix: 18 });
    expect(settings.addressPlan.gcp).toEqual(DEFAULT_ADDRESS_PLANS.gcp);
  });

  it('names the file, line, field and fix of each mistake', () => {
    const message = errorOf(`deployer:
  aws: { roleArn: arn:aws:iam::1111:user/me }
runners:
  cidrs: [10.255.0.1/24]
  publicIps: [10.0.0.0/8]
alerts:
  receivers:
    - webhook: http://hooks.example.com
    - webhook: https://user:secret@hooks.example.com
    - email: not-an-address
addressPlan:
  gcp: { cidrs: [10.64.0.0/10] }
`);
    const lines = message.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/_platform.yaml:2\): deployer.aws.roleArn: must be an IAM role ARN/),
        expect.stringMatching(/_platform.yaml:4\): runners.cidrs\[0\]: '10.255.0.1\/24' has host bits set; the network is 10.255.0.0\/24/),
        expect.stringMatching(/_platform.yaml:8\): alerts.receivers\[0\]/),
        expect.stringMatching(/_platform.yaml:9\): alerts.receivers\[1\]/),
        expect.stringMatching(/_platform.yaml:10\): alerts.receivers\[2\]/),
      ]),
    );
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('refuses private public addresses and address plans shared by two clouds', () => {
    expect(errorOf('runners:\n  publicIps: [10.0.0.0/8]\n')).toMatch(
      /_platform.yaml:2\): runners.publicIps\[0\]: 10.0.0.0\/8 is a private range; list public egress addresses here and private ranges in runners.cidrs/,
    );
    expect(errorOf('addressPlan:\n  gcp: { cidrs: [10.64.0.0/10] }\n')).toMatch(
      /addressPlan.gcp.cidrs\[0\]: 10.64.0.0\/10 overlaps addressPlan.aws 10.0.0.0\/9; give each cloud its own ranges/,
    );
  });

  it('refuses a secret in a webhook URL and points at onCall receivers', () => {
    expect(errorOf('alerts:\n  receivers:\n    - webhook: https://user:secret@hooks.example.com/x\n')).toMatch(/carries credentials/);
  });

  it('refuses unknown fields with their line', () => {
    expect(errorOf('deployer:\n  aws:\n    role: x\n')).toMatch(/_platform.yaml:3\): unknown field 'deployer.aws.role'; remove it or fix its spelling/);
  });

  it('wants shared Private Link zones with a runner VNet', () => {
    expect(errorOf('runners:\n  azure:\n    virtualNetworkId: /subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/runners\n')).toMatch(
      /runners.azure.privateDnsZoneIds: is required/,
    );
  });
});
