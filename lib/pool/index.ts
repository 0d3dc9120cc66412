export * from './placement';
export * from './sizing';
export * from './cost';
export * from './tenant-database';
export * from './aws/tenant-cache-user';
export * from './azure/entra-login';
export * from './azure/tenant-cache-access';
export * from './gcp/tenant-sql-access';
