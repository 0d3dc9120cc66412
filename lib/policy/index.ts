export * from './engine';
export * from './finding';
export * from './packs';
export * from './rule';
export * from './rules';
export * from './suppressions';
export * from './synth';
