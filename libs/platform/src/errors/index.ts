export * from './domain.exception';
export * from './domain-exception.filter';
export * from './error-catalogue';
export * from './platform.errors';
export * from './invariant';
