// gcp constructs: `export *` only.
export * from './cache';
export * from './cluster';
export * from './database';
export * from './encryption';
export * from './labels';
export * from './monitoring';
export * from './names';
export * from './network';
export * from './platform';
export * from './project-context';
export * from './project-services';
export * from './sizes';
export * from './storage';
