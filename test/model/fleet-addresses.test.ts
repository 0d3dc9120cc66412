import { allocateFleetAddressBlocks } from '../../lib/model/fleet-addresses';
import { PlatformSettingsSchema } from '../../lib/model/platform-settings';

const settings = PlatformSettingsSchema.parse({ runners: { cidrs: ['10.0.0.0/17'] } });

describe('allocateFleetAddressBlocks', () => {
  it('cuts each cloud from its own plan, clear of the runner networks', () => {
    const blocks = allocateFleetAddressBlocks(settings, [
      { owner: 'tenant/acme', cloud: 'aws' },
      { owner: 'pool/pool-aws-us-east-1', cloud: 'aws' },
      { owner: 'tenant/contoso', cloud: 'azure' },
      { owner: 'tenant/hooli', cloud: 'gcp' },
    ]);
    expect(blocks).toEqual({
      // 10.0.0.0/17 is the runners'; the default plans: AWS /17s of 10.0.0.0/9, Azure /18s of 10.128.0.0/10, GCP /16s.
      'pool/pool-aws-us-east-1': '10.0.128.0/17',
      'tenant/acme': '10.1.0.0/17',
      'tenant/contoso': '10.128.0.0/18',
      'tenant/hooli': '10.192.0.0/16',
    });
  });

  it('keeps previous blocks, including those of owners gone or outside every plan', () => {
    const previous = { 'tenant/acme': '10.1.128.0/17', 'tenant/gone': '10.0.128.0/17', 'tenant/legacy': '192.0.2.0/24' };
    const blocks = allocateFleetAddressBlocks(settings, [{ owner: 'tenant/acme', cloud: 'aws' }, { owner: 'tenant/new', cloud: 'aws' }], previous);
    expect(blocks).toEqual({ ...previous, 'tenant/new': '10.1.0.0/17' });
  });

  it('refuses a previous block that overlaps another cloud\'s previous block', () => {
    expect(() =>
      allocateFleetAddressBlocks(settings, [{ owner: 'tenant/a', cloud: 'aws' }, { owner: 'tenant/b', cloud: 'gcp' }], {
        'tenant/a': '10.70.0.0/16',
        'tenant/b': '10.70.0.0/20',
      }),
    ).toThrow(/previous address allocation of 'tenant\/a' \(10.70.0.0\/16\) overlaps the block of 'tenant\/b' \(10.70.0.0\/20\)/);
  });

  it('keeps Azure blocks clear of the AKS overlay pod and service ranges', () => {
    const azure = PlatformSettingsSchema.parse({ addressPlan: { azure: { cidrs: ['172.16.0.0/15'], blockPrefix: 16 } } });
    expect(allocateFleetAddressBlocks(azure, [{ owner: 'tenant/contoso', cloud: 'azure' }])).toEqual({ 'tenant/contoso': '172.17.0.0/16' });
  });
});
