export * from './factories';
export * from './test-databases';
export * from './test-plenary';
