import type { PriceCatalogInput } from './schema';

/**
 * Provenance: entered by hand, not fetched: no row has been reconciled with the Cloud Billing Catalog API yet. Run that check before
 * quoting these figures; the arithmetic on top of them is what the tests prove.
 *
 * Google Cloud on-demand list prices (USD). Monthly = hourly x 730.
 *
 * Source: the Google Cloud pricing pages and the Cloud Billing Catalog API for Compute Engine (E2 and N2
 * predefined types: vCPU-hour and GB-hour rates summed per machine type), Persistent Disk, GKE, Cloud SQL for
 * PostgreSQL (Enterprise edition), Memorystore for Redis, Cloud Storage, Cloud KMS, Cloud NAT and Cloud Logging,
 * read for 2025. The europe-west1 and europe-west4 Cloud SQL and Memorystore rows are the least certain: check
 * them against the Billing Catalog API before relying on them for a contract.
 */

const usCentral1 = {
  'gke-cluster': { standard: 0.1, autopilot: 0.1 },
  compute: {
    'e2-small': 0.016751,
    'e2-medium': 0.033503,
    'e2-standard-2': 0.067006,
    'e2-standard-4': 0.134012,
    'e2-standard-8': 0.268024,
    'n2-standard-2': 0.097118,
    'n2-standard-4': 0.194236,
    'n2-standard-8': 0.388472,
    'n2-standard-16': 0.776944,
    'n2-standard-32': 1.553888,
    'n2-highmem-4': 0.262028,
    'n2-highmem-8': 0.524056,
    'n2-highcpu-4': 0.143392,
    'n2-highcpu-8': 0.286784,
  },
  'persistent-disk': { 'pd-standard': 0.04, 'pd-balanced': 0.1, 'pd-ssd': 0.17 },
  'sql-vcpu': { ENTERPRISE: 0.0413 },
  'sql-memory': { ENTERPRISE: 0.007 },
  'sql-storage': { PD_SSD: 0.17, PD_HDD: 0.09 },
  'sql-shared-core': { 'db-f1-micro': 0.0105, 'db-g1-small': 0.035 },
  'memorystore-basic': { M1: 0.049, M2: 0.027, M3: 0.023, M4: 0.019, M5: 0.016 },
  'memorystore-standard': { M1: 0.064, M2: 0.054, M3: 0.046, M4: 0.038, M5: 0.032 },
  gcs: { STANDARD: 0.02, NEARLINE: 0.01, COLDLINE: 0.004, ARCHIVE: 0.0012, 'STANDARD-multi-region': 0.026 },
  kms: { SOFTWARE: 0.06, HSM: 1, EXTERNAL: 3 },
  'cloud-nat': { 'per-vm': 0.0014, 'max-per-gateway': 0.044 },
  'cloud-nat-data': { processed: 0.045 },
  'logging-ingestion': { storage: 0.5 },
  'logging-retention': { retained: 0.01 },
};

const europeWest1: typeof usCentral1 = {
  'gke-cluster': { standard: 0.1, autopilot: 0.1 },
  compute: {
    'e2-small': 0.018438,
    'e2-medium': 0.036876,
    'e2-standard-2': 0.073726,
    'e2-standard-4': 0.147452,
    'e2-standard-8': 0.294904,
    'n2-standard-2': 0.106834,
    'n2-standard-4': 0.213668,
    'n2-standard-8': 0.427336,
    'n2-standard-16': 0.854672,
    'n2-standard-32': 1.709344,
    'n2-highmem-4': 0.288244,
    'n2-highmem-8': 0.576488,
    'n2-highcpu-4': 0.157736,
    'n2-highcpu-8': 0.315472,
  },
  'persistent-disk': { 'pd-standard': 0.04, 'pd-balanced': 0.1, 'pd-ssd': 0.17 },
  'sql-vcpu': { ENTERPRISE: 0.0454 },
  'sql-memory': { ENTERPRISE: 0.0077 },
  'sql-storage': { PD_SSD: 0.187, PD_HDD: 0.099 },
  'sql-shared-core': { 'db-f1-micro': 0.0116, 'db-g1-small': 0.0385 },
  'memorystore-basic': { M1: 0.054, M2: 0.03, M3: 0.025, M4: 0.021, M5: 0.018 },
  'memorystore-standard': { M1: 0.07, M2: 0.059, M3: 0.051, M4: 0.042, M5: 0.035 },
  gcs: { STANDARD: 0.02, NEARLINE: 0.01, COLDLINE: 0.004, ARCHIVE: 0.0012, 'STANDARD-multi-region': 0.026 },
  kms: { SOFTWARE: 0.06, HSM: 1, EXTERNAL: 3 },
  'cloud-nat': { 'per-vm': 0.0014, 'max-per-gateway': 0.044 },
  'cloud-nat-data': { processed: 0.045 },
  'logging-ingestion': { storage: 0.5 },
  'logging-retention': { retained: 0.01 },
};

const europeWest4: typeof usCentral1 = {
  ...europeWest1,
  compute: {
    'e2-small': 0.018446,
    'e2-medium': 0.036892,
    'e2-standard-2': 0.073768,
    'e2-standard-4': 0.147536,
    'e2-standard-8': 0.295072,
    'n2-standard-2': 0.106916,
    'n2-standard-4': 0.213832,
    'n2-standard-8': 0.427664,
    'n2-standard-16': 0.855328,
    'n2-standard-32': 1.710656,
    'n2-highmem-4': 0.288456,
    'n2-highmem-8': 0.576912,
    'n2-highcpu-4': 0.157864,
    'n2-highcpu-8': 0.315728,
  },
  'persistent-disk': { 'pd-standard': 0.044, 'pd-balanced': 0.11, 'pd-ssd': 0.187 },
};

export const gcpPrices: PriceCatalogInput = {
  cloud: 'gcp',
  currency: 'USD',
  effectiveDate: '2025-06-01',
  source:
    'Google Cloud published on-demand list prices as of 2025, entered by hand from knowledge of the public pricing pages, not fetched; not yet reconciled with the Cloud Billing Catalog API (see the file comment)',
  tables: {
    'gke-cluster': { unit: 'hour', description: 'GKE cluster management fee, Standard or Autopilot' },
    compute: { unit: 'hour', description: 'Compute Engine predefined machine type, on demand' },
    'persistent-disk': { unit: 'GB-month', description: 'Zonal persistent disk, by disk type' },
    'sql-vcpu': { unit: 'vCPU-hour', description: 'Cloud SQL for PostgreSQL zonal vCPU, by edition' },
    'sql-memory': { unit: 'GB-hour', description: 'Cloud SQL for PostgreSQL zonal memory, by edition' },
    'sql-storage': { unit: 'GB-month', description: 'Cloud SQL zonal storage, by disk type' },
    'sql-shared-core': { unit: 'hour', description: 'Cloud SQL shared-core instance, by tier' },
    'memorystore-basic': { unit: 'GB-hour', description: 'Memorystore for Redis Basic tier, by capacity tier (M1 1-4 GB ... M5 > 100 GB)' },
    'memorystore-standard': { unit: 'GB-hour', description: 'Memorystore for Redis Standard tier (primary + replica), by capacity tier' },
    gcs: { unit: 'GB-month', description: 'Cloud Storage, by storage class (regional) or STANDARD-multi-region' },
    kms: { unit: 'month', description: 'Cloud KMS active key version, by protection level' },
    'cloud-nat': { unit: 'hour', description: 'Cloud NAT gateway: per VM up to 32 VMs, or the per-gateway maximum' },
    'cloud-nat-data': { unit: 'GB', description: 'Cloud NAT data processed' },
    'logging-ingestion': { unit: 'GB', description: 'Cloud Logging storage (ingestion, includes 30 days retention)' },
    'logging-retention': { unit: 'GB-month', description: 'Cloud Logging retention beyond 30 days' },
  },
  regions: { 'us-central1': usCentral1, 'europe-west1': europeWest1, 'europe-west4': europeWest4 },
};
