import { DataGoogleProject } from '@cdktf/provider-google/lib/data-google-project';
import { Construct } from 'constructs';

/**
 * The project the stack deploys into, read from the provider's default project (`GOOGLE_PROJECT`, or the
 * gcloud configuration) so that the tenant file needs no project id and nothing is hard-coded.
 */
export class GcpProjectContext extends Construct {
  /** Project id, e.g. `acme-prod`. */
  readonly projectId: string;
  /** Project number: names the Google-managed service agents (`service-<number>@...`). */
  readonly projectNumber: string;
  /** The region the platform is built in, e.g. `europe-west1`. */
  readonly region: string;

  constructor(scope: Construct, id: string, props: { readonly region: string }) {
    super(scope, id);
    const project = new DataGoogleProject(this, 'project', {});
    this.projectId = project.projectId;
    this.projectNumber = project.number;
    this.region = props.region;
  }

  /** Email of a Google-managed service agent: `service-<number>@<domain>`. */
  serviceAgent(domain: string): string {
    return `service-${this.projectNumber}@${domain}`;
  }
}
