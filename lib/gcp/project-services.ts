import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { Construct } from 'constructs';

/** The APIs the platform calls. */
export const REQUIRED_APIS = [
  'cloudresourcemanager.googleapis.com',
  'serviceusage.googleapis.com',
  'iam.googleapis.com',
  'compute.googleapis.com',
  'container.googleapis.com',
  'sqladmin.googleapis.com',
  'redis.googleapis.com',
  'servicenetworking.googleapis.com',
  'cloudkms.googleapis.com',
  'storage.googleapis.com',
  'monitoring.googleapis.com',
  'logging.googleapis.com',
] as const;

export interface GcpProjectServicesProps {
  /** APIs to enable. @default REQUIRED_APIS */
  readonly services?: readonly string[];
}

/**
 * Enables the APIs the platform needs. Destroying the stack leaves them on (`disable_on_destroy = false`): other
 * workloads in the project may use them, and disabling an API deletes its resources.
 */
export class GcpProjectServices extends Construct {
  readonly services: ProjectService[];

  constructor(scope: Construct, id: string, props: GcpProjectServicesProps = {}) {
    super(scope, id);
    this.services = (props.services ?? REQUIRED_APIS).map(
      (service) =>
        new ProjectService(this, service.split('.')[0], { service, disableOnDestroy: false, disableDependentServices: false }),
    );
  }
}
