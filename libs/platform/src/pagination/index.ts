export * from './connection';
export * from './time-keyset';
