export * from './policy-json';
export * from './policy-markdown';
export * from './policy-sarif';
export * from './policy-table';
export * from './rules-md';
