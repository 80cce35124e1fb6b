import type { DeploymentConfig } from './deploymentConfigSchema';

/**
 * The deploying provider's configuration, validated when the app was built (docs/deployment.md).
 * Empty when none is configured, in the tests, and in Node scripts that load this module outside Vite.
 */
export const deploymentConfig: DeploymentConfig =
  typeof __RUSMIDDELTJEK_DEPLOYMENT_CONFIG__ === 'undefined'
    ? {}
    : __RUSMIDDELTJEK_DEPLOYMENT_CONFIG__;
