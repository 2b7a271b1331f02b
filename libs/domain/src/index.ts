export * from './lib/board-position';
export * from './lib/last-admin';
export * from './lib/password-policy';
export * from './lib/stage-rules';
export * from './lib/contact-normalisation';
export * from './lib/due-buckets';
export * from './lib/serious-conversation';
export * from './lib/stage-reach';
