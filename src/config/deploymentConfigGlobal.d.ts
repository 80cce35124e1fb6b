/**
 * The validated deployment configuration, put in by `define` in scripts/deploymentConfigPlugin.ts.
 * Undeclared outside a Vite build or dev server (Node scripts), so read it only through
 * src/config/deploymentConfig.ts.
 */
declare const __RUSMIDDELTJEK_DEPLOYMENT_CONFIG__:
  import('./deploymentConfigSchema').DeploymentConfig | undefined;
