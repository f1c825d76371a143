export * from './factories';
export * from './mailbox';
export * from './test-databases';
export * from './test-plenary';
export * from './identity-fixtures';
export * from './consultation-factories';
export * from './bulk-fixtures';
export * from './digest-factories';
