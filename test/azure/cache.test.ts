import { RedisCache } from '@cdktf/provider-azurerm/lib/redis-cache';
import { onlyResource, resourcesOf } from '../util';
import { synthAzure } from './helpers';

describe('AzureCache', () => {
  const premium = synthAzure({ tier: 'premium' });
  const enterprise = synthAzure({ tier: 'enterprise' });

  it('accepts only TLS 1.2+ through a private endpoint, with Entra ID auth and no access keys', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(RedisCache, {
      non_ssl_port_enabled: false,
      minimum_tls_version: '1.2',
      public_network_access_enabled: false,
      access_keys_authentication_enabled: false,
      redis_configuration: expect.objectContaining({ active_directory_authentication_enabled: true }),
    });
    const endpoints = resourcesOf(premium, 'azurerm_private_endpoint').filter((e) => JSON.stringify(e).includes('redisCache'));
    expect(endpoints).toHaveLength(1);
  });

  it('sizes SKU and replicas by tier; zones when multi-AZ (enterprise)', () => {
    const p = onlyResource(premium, 'azurerm_redis_cache');
    expect(p).toEqual(expect.objectContaining({ sku_name: 'Premium', family: 'P', capacity: 1, replicas_per_primary: 1 }));
    expect(p.zones).toBeUndefined();
    expect(JSON.stringify(enterprise)).toHaveResourceWithProperties(RedisCache, {
      sku_name: 'Premium',
      capacity: 2,
      replicas_per_primary: 2,
      zones: ['1', '2', '3'],
    });
  });

  it('uses Basic without replicas on the smallest classes (standard tier)', () => {
    const cache = onlyResource(synthAzure({ tier: 'standard' }), 'azurerm_redis_cache');
    expect(cache).toEqual(expect.objectContaining({ sku_name: 'Basic', family: 'C', capacity: 1 }));
    expect(cache.replicas_per_primary).toBeUndefined();
  });
});
