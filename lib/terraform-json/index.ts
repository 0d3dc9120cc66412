export * from './document';
export * from './file';
export * from './references';
export * from './values';
