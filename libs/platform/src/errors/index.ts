export * from './domain.exception';
export * from './domain-exception.filter';
