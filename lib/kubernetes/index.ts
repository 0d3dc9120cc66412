// kubernetes constructs: `export *` only.
export * from './allocatable';
export * from './dashboards';
export * from './monitoring';
export * from './namespace';
export * from './network-policy';
export * from './quota';
export * from './scrape-config';
export * from './service-account';
export * from './tenant-workloads';
