import { checkFleetSettings } from '../../lib/model/fleet-requirements';
import { PlatformSettingsSchema } from '../../lib/model/platform-settings';
import { tenantOf } from '../util';

const none = PlatformSettingsSchema.parse({});
const file = 'tenants/_platform.yaml';

describe('checkFleetSettings', () => {
  it('asks for the Azure deployer of an Azure pool and the GCP deployer of a GCP pool', () => {
    const azure = tenantOf({ id: 'piedpiper', tier: 'standard', cloud: 'azure', region: 'westeurope' });
    const gcp = tenantOf({ id: 'aviato', tier: 'free', cloud: 'gcp', region: 'europe-west1' });
    expect(() =>
      checkFleetSettings(none, {
        tenants: [azure, gcp],
        pools: [
          { stackName: 'pool-azure-westeurope', cloud: 'azure', members: [azure] },
          { stackName: 'pool-gcp-europe-west1', cloud: 'gcp', members: [gcp] },
        ],
        settingsFile: file,
      }),
    ).toThrow(
      /platform settings \(tenants\/_platform.yaml\): deployer.azure is required by pool 'pool-azure-westeurope'.*\n.*deployer.gcp is required by pool 'pool-gcp-europe-west1'/,
    );
  });

  it('asks for a runner path to an Azure Key Vault of customer-managed keys', () => {
    const contoso = tenantOf({ id: 'contoso', tier: 'enterprise', cloud: 'azure', region: 'westeurope' });
    expect(() => checkFleetSettings(none, { tenants: [contoso], pools: [], settingsFile: file })).toThrow(
      /tenant 'contoso': customer-managed keys are kept in a Key Vault.*set runners.azure \(virtualNetworkId, privateDnsZoneIds\) or runners.publicIps/,
    );
    const withIps = PlatformSettingsSchema.parse({ runners: { publicIps: ['203.0.113.10/32'] } });
    expect(() => checkFleetSettings(withIps, { tenants: [contoso], pools: [], settingsFile: file })).not.toThrow();
  });

  it('asks nothing of AWS tenants or tiers without customer-managed keys', () => {
    const acme = tenantOf({ id: 'acme', tier: 'premium', cloud: 'aws', region: 'us-east-1' });
    const small = tenantOf({ id: 'small', tier: 'standard', cloud: 'azure', region: 'westeurope' });
    expect(() => checkFleetSettings(none, { tenants: [acme, small], pools: [], settingsFile: file })).not.toThrow();
  });
});
