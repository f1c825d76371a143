export * from './error.formatter';
export * from './input-validation.pipe';
export * from './query-limits';
export * from './json.scalar';
export * from './loader-registry';
export * from './trim.decorator';
export * from './graphql-context';
