const { composePlugins, withNx } = require('@nx/webpack');

// Node modules stay external (loaded from the root node_modules at run time); sqlite3 and pg are loaded
// dynamically by TypeORM, so they must never be bundled.
module.exports = composePlugins(withNx({ target: 'node' }), (config) => {
  config.output = { ...config.output, devtoolModuleFilenameTemplate: '[absolute-resource-path]' };
  return config;
});
