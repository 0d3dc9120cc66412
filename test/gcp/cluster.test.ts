import { ContainerCluster } from '@cdktf/provider-google/lib/container-cluster';
import { ContainerNodePool } from '@cdktf/provider-google/lib/container-node-pool';
import { FLEET_SETTINGS, onlyResource, resourcesOf, synthTenant } from '../util';
import { synthGcp } from './helpers';

describe('GcpCluster', () => {
  const premium = synthGcp({ tier: 'premium' });
  const enterprise = synthGcp({ tier: 'enterprise' });
  const text = JSON.stringify(premium);

  it('is a private, VPC-native cluster without the default node pool', () => {
    expect(text).toHaveResourceWithProperties(ContainerCluster, {
      name: 'acme-gke',
      networking_mode: 'VPC_NATIVE',
      ip_allocation_policy: { cluster_secondary_range_name: 'pods', services_secondary_range_name: 'services' },
      remove_default_node_pool: true,
      initial_node_count: 1,
      private_cluster_config: expect.objectContaining({ enable_private_nodes: true, enable_private_endpoint: true, master_ipv4_cidr_block: '172.16.0.0/28' }),
      master_authorized_networks_config: { gcp_public_cidrs_access_enabled: false, cidr_blocks: [{ cidr_block: '10.0.0.0/20', display_name: 'nodes' }] },
    });
  });

  it('keeps a public endpoint, still limited to authorized networks, below premium', () => {
    const cluster = onlyResource(synthGcp({ tier: 'standard' }), 'google_container_cluster');
    expect(cluster.private_cluster_config).toEqual(expect.objectContaining({ enable_private_nodes: true, enable_private_endpoint: false }));
    expect(cluster.master_authorized_networks_config).toBeDefined();
  });

  it('turns on Workload Identity, Dataplane V2, shielded nodes, the REGULAR channel and no client certificate', () => {
    expect(text).toHaveResourceWithProperties(ContainerCluster, {
      workload_identity_config: { workload_pool: expect.stringMatching(/^\$\{data\.google_project\..*\.project_id\}\.svc\.id\.goog$/) },
      datapath_provider: 'ADVANCED_DATAPATH',
      enable_shielded_nodes: true,
      release_channel: { channel: 'REGULAR' },
      master_auth: { client_certificate_config: { issue_client_certificate: false } },
    });
  });

  it('encrypts secrets with the tenant key from advanced, and not below', () => {
    expect(onlyResource(premium, 'google_container_cluster').database_encryption).toEqual({
      state: 'ENCRYPTED',
      key_name: expect.stringContaining('google_kms_crypto_key'),
    });
    expect(onlyResource(synthGcp({ tier: 'standard' }), 'google_container_cluster').database_encryption).toBeUndefined();
  });

  it('exports control-plane logs and metrics from enhanced, and Managed Prometheus', () => {
    const cluster = onlyResource(premium, 'google_container_cluster');
    expect(cluster.logging_config).toEqual({
      enable_components: ['SYSTEM_COMPONENTS', 'WORKLOADS', 'APISERVER', 'SCHEDULER', 'CONTROLLER_MANAGER'],
    });
    expect(cluster.monitoring_config).toEqual({
      enable_components: ['SYSTEM_COMPONENTS', 'APISERVER', 'SCHEDULER', 'CONTROLLER_MANAGER'],
      managed_prometheus: { enabled: true },
    });
    const free = onlyResource(synthGcp({ tier: 'free' }), 'google_container_cluster');
    expect(free.logging_config).toEqual({ enable_components: ['SYSTEM_COMPONENTS', 'WORKLOADS'] });
  });

  it('is zonal in the first zone below enterprise and regional over three zones from enterprise', () => {
    expect(onlyResource(premium, 'google_container_cluster')).toEqual(expect.objectContaining({ location: 'europe-west1-b' }));
    expect(onlyResource(premium, 'google_container_cluster').node_locations).toBeUndefined();
    expect(onlyResource(enterprise, 'google_container_cluster')).toEqual(
      expect.objectContaining({ location: 'europe-west1', node_locations: ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'] }),
    );
  });

  it('protects the cluster from deletion where the tier protects its database', () => {
    expect(onlyResource(premium, 'google_container_cluster').deletion_protection).toBe(true);
    expect(onlyResource(synthGcp({ tier: 'standard' }), 'google_container_cluster').deletion_protection).toBe(false);
  });

  it('sizes the node pool from the tier, with totals across zones', () => {
    expect(text).toHaveResourceWithProperties(ContainerNodePool, {
      name: 'default',
      location: 'europe-west1-b',
      initial_node_count: 2,
      autoscaling: { total_min_node_count: 2, total_max_node_count: 4, location_policy: 'BALANCED' },
      node_config: expect.objectContaining({ machine_type: 'n2-standard-4', image_type: 'COS_CONTAINERD' }),
    });
    const pool = onlyResource(enterprise, 'google_container_node_pool');
    expect(pool.autoscaling).toEqual({ total_min_node_count: 3, total_max_node_count: 8, location_policy: 'BALANCED' });
    expect(pool.initial_node_count).toBe(1);
    expect((pool.node_config as Record<string, unknown>).machine_type).toBe('n2-standard-8');
    const bigger = synthGcp({ tier: 'premium', overrides: { nodes: { max: 6 } } });
    expect(onlyResource(bigger, 'google_container_node_pool').autoscaling).toEqual(expect.objectContaining({ total_max_node_count: 6 }));
  });

  it('hardens nodes: secure boot, integrity monitoring, GKE metadata server, CMEK boot disks from advanced', () => {
    const config = onlyResource(premium, 'google_container_node_pool').node_config as Record<string, unknown>;
    expect(config.shielded_instance_config).toEqual({ enable_secure_boot: true, enable_integrity_monitoring: true });
    expect(config.workload_metadata_config).toEqual({ mode: 'GKE_METADATA' });
    expect(config.boot_disk_kms_key).toEqual(expect.stringContaining('google_kms_crypto_key'));
    expect(config.service_account).toEqual(expect.stringContaining('google_service_account'));
    const free = onlyResource(synthGcp({ tier: 'free' }), 'google_container_node_pool').node_config as Record<string, unknown>;
    expect(free.boot_disk_kms_key).toBeUndefined();
  });

  it('leaves the live node count to the autoscaler', () => {
    expect(onlyResource(premium, 'google_container_node_pool').lifecycle).toEqual({ ignore_changes: ['initial_node_count'] });
  });

  it('runs nodes as a dedicated service account with the minimal roles', () => {
    expect(onlyResource(premium, 'google_service_account').account_id).toBe('acme-gke-nodes');
    expect(resourcesOf(premium, 'google_project_iam_member').map((m) => m.role).sort()).toEqual([
      'roles/artifactregistry.reader',
      'roles/logging.logWriter',
      'roles/monitoring.metricWriter',
      'roles/monitoring.viewer',
      'roles/stackdriver.resourceMetadata.writer',
    ]);
  });

  it('waits for the key grants before using the key', () => {
    const dependsOn = onlyResource(premium, 'google_container_cluster').depends_on as string[];
    expect(dependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^google_kms_crypto_key_iam_member\./)]));
  });

  describe('in a fleet', () => {
    const fleet = synthTenant({ cloud: 'gcp', region: 'europe-west1', tier: 'premium' }, { settings: FLEET_SETTINGS });

    // Blocker 7: authorized networks held the node range only, so the runner could not reach the control plane.
    it('authorizes the runner networks on the control plane beside the nodes', () => {
      expect(onlyResource(fleet, 'google_container_cluster').master_authorized_networks_config).toEqual({
        gcp_public_cidrs_access_enabled: false,
        cidr_blocks: [
          { cidr_block: '10.0.0.0/20', display_name: 'nodes' },
          { cidr_block: '172.31.0.0/20', display_name: 'runners-1' },
        ],
      });
    });

    // GKE authorizes the Kubernetes API with IAM as well as RBAC; roles/container.admin holds every Kubernetes
    // permission (GKE docs, iam), so the deployer and the admins can act on the cluster from the first apply.
    it('grants the deployer and the admins Kubernetes Engine Admin', () => {
      const admins = resourcesOf(fleet, 'google_project_iam_member').filter((m) => m.role === 'roles/container.admin');
      expect(admins.map((m) => m.member)).toEqual(['serviceAccount:tt-deployer@acme-platform.iam.gserviceaccount.com', 'group:platform-admins@example.com']);
      expect(resourcesOf(premium, 'google_project_iam_member').filter((m) => m.role === 'roles/container.admin')).toEqual([]);
    });

    // GKE's DNS-based control-plane endpoint takes calls from any network, each authorized by IAM
    // (container.clusters.connect): the runner needs no network path to the private endpoint (GKE docs,
    // network-isolation, DNS-based endpoint; google provider 6.x control_plane_endpoints_config).
    it('opens the IAM-authorized DNS endpoint when the runners ask for it, and the workloads stack uses it', () => {
      const dns = synthTenant(
        { cloud: 'gcp', region: 'europe-west1', tier: 'premium' },
        { settings: { ...FLEET_SETTINGS, runners: { ...FLEET_SETTINGS.runners, gcp: { dnsEndpoint: true } } } },
      );
      const cluster = onlyResource(dns, 'google_container_cluster');
      expect(cluster.control_plane_endpoints_config).toEqual({ dns_endpoint_config: { allow_external_traffic: true } });
      expect((dns.output as Record<string, { value: string }>).cluster_endpoint.value).toMatch(/^https:\/\/\$\{google_container_cluster\.[^.]+\.control_plane_endpoints_config\[0\]\.dns_endpoint_config\[0\]\.endpoint\}$/);
      expect(onlyResource(premium, 'google_container_cluster').control_plane_endpoints_config).toBeUndefined();
    });
  });
});
