// aws constructs: `export *` only.
export * from './account-context';
export * from './cache';
export * from './cluster';
export * from './database';
export * from './encryption';
export * from './iam';
export * from './log-group';
export * from './monitoring';
export * from './network';
export * from './platform';
export * from './security-group';
export * from './sizes';
export * from './storage';
