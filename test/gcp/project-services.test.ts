import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { REQUIRED_APIS } from '../../lib/gcp/project-services';
import { resourcesOf } from '../util';
import { synthGcp } from './helpers';

describe('GcpProjectServices', () => {
  const json = synthGcp({ tier: 'premium' });

  it('enables every API the platform calls and leaves them on at destroy', () => {
    expect(resourcesOf(json, 'google_project_service').map((s) => s.service).sort()).toEqual([...REQUIRED_APIS].sort());
    expect(JSON.stringify(json)).toHaveResourceWithProperties(ProjectService, { service: 'container.googleapis.com', disable_on_destroy: false });
  });

  it('reads the project from the provider default', () => {
    expect(json.data!.google_project).toBeDefined();
    expect(Object.values(json.data!.google_project)[0].project_id).toBeUndefined();
  });
});
