export * from './public-cache.scopes';
export * from './public-cache-invalidate.processor';
