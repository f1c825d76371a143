export * from './logging.module';
export * from './outage-log';
export * from './logged-error';
