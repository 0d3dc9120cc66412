import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Construct } from 'constructs';

export interface AzureResourceContextProps {
  /** Resource group name. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /** Tags for every resource (Azure has no provider-level default tags). @default {} */
  readonly tags?: Record<string, string>;
}

/**
 * Where a tenant's Azure resources live: its resource group, region and tags, and the Entra ID tenant and principal
 * Terraform runs as (read once, so that Key Vault and database administrators need no hard-coded ids).
 */
export class AzureResourceContext extends Construct {
  readonly resourceGroup: ResourceGroup;
  readonly location: string;
  readonly tags: Record<string, string>;
  /** The Entra ID tenant id. */
  readonly tenantId: string;
  /** Object id of the principal Terraform runs as. */
  readonly deployerObjectId: string;

  constructor(scope: Construct, id: string, props: AzureResourceContextProps) {
    super(scope, id);
    this.location = props.location;
    this.tags = { ...(props.tags ?? {}) };
    const client = new DataAzurermClientConfig(this, 'client');
    this.tenantId = client.tenantId;
    this.deployerObjectId = client.objectId;
    this.resourceGroup = new ResourceGroup(this, 'resource-group', {
      name: props.resourceGroupName,
      location: props.location,
      tags: this.tags,
    });
  }

  /** `location`, `resource_group_name` and `tags` of a resource in this context. */
  get placement(): { location: string; resourceGroupName: string; tags: Record<string, string> } {
    return { location: this.location, resourceGroupName: this.resourceGroup.name, tags: this.tags };
  }
}
