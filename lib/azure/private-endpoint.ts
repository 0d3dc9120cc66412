import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import type { Construct } from 'constructs';
import type { AzureResourceContext } from './resource-context';

export interface PrivateEndpointOptions {
  readonly context: AzureResourceContext;
  /** Endpoint name. */
  readonly name: string;
  /** Subnet the endpoint's NIC sits in. */
  readonly subnetId: string;
  /** Resource the endpoint connects to. */
  readonly resourceId: string;
  /** Sub-resource (group id): `vault`, `blob`, `redisCache`. */
  readonly subresource: string;
  /** Private DNS zone that gets the endpoint's A record. */
  readonly dnsZoneId: string;
}

/** A private endpoint to `resourceId`, registered in its private DNS zone, in the tenant's region. */
export function privateEndpoint(scope: Construct, id: string, options: PrivateEndpointOptions): PrivateEndpoint {
  return new PrivateEndpoint(scope, id, {
    ...options.context.placement,
    name: options.name,
    subnetId: options.subnetId,
    privateServiceConnection: {
      name: options.name,
      isManualConnection: false,
      privateConnectionResourceId: options.resourceId,
      subresourceNames: [options.subresource],
    },
    privateDnsZoneGroup: { name: 'default', privateDnsZoneIds: [options.dnsZoneId] },
  });
}
