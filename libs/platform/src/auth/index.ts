export * from './access-token.service';
export * from './actor';
export * from './auth.decorators';
export * from './auth.guard';
export * from './request-of';
