// azure constructs: `export *` only.
export * from './cache';
export * from './cluster';
export * from './database';
export * from './diagnostics';
export * from './encryption';
export * from './monitoring';
export * from './names';
export * from './network';
export * from './platform';
export * from './private-endpoint';
export * from './regions';
export * from './resource-context';
export * from './sizes';
export * from './storage';
