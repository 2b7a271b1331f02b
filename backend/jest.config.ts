const swc = require('./jest.swc.js');

export default {
  displayName: 'backend',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  ...swc,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../coverage/backend',
};
