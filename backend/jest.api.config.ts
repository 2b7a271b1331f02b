const swc = require('./jest.swc.js');

// API integration tests: the real app, the real migrations, a real database (SQLite per worker, or the
// PostgreSQL database that DATABASE_URL names, one schema per worker).
export default {
  displayName: 'backend-api',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  ...swc,
  testMatch: ['<rootDir>/test/**/*.api-spec.ts'],
  testTimeout: 30000,
};
