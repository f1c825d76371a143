export * from './connection';
export * from './keyset';
export * from './time-keyset';
export * from './rank-keyset';
