export * from './data-source.factory';
export * from './database.module';
export * from './migrator';
export * from './sql.logger';
export * from './transaction';
export * from './database-admin';
export { MIGRATIONS } from './migrations';
export * from './hydrate';
export * from './expected-version';
