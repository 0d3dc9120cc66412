export * from './policy-json';
export * from './policy-markdown';
export * from './policy-sarif';
export * from './policy-table';
export * from './review-json';
export * from './review-markdown';
export * from './rules-md';
