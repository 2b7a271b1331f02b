export * from './lib/last-admin';
export * from './lib/password-policy';
