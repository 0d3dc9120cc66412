export * from './document';
export * from './expressions';
export * from './file';
export * from './references';
export * from './tfvars';
export { resourcesOfType } from './resource-index';
export * from './values';
export * from './variables';
export * from './versions';
