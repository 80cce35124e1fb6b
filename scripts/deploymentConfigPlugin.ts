import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDeploymentConfig, type DeploymentConfig } from '../src/config/deploymentConfigSchema';

/** The environment variable that names the configuration file. */
export const configFileVariable = 'RUSMIDDELTJEK_CONFIG';
/** Read when the variable is not set, if it exists. */
export const defaultConfigFile = 'rusmiddeltjek.config.json';
/** The global the app reads it from (declared in src/config/deploymentConfigGlobal.d.ts). */
const defineName = '__RUSMIDDELTJEK_DEPLOYMENT_CONFIG__';

export interface LoadedDeploymentConfig {
  config: DeploymentConfig;
  /** The file it came from (relative to the root when inside it); none when nothing is configured. */
  file?: string;
}

export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';
}

/** Turns JSON.parse's "at position N" into a line and column a person can find. */
function withLineAndColumn(message: string, text: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * The file named by RUSMIDDELTJEK_CONFIG, else rusmiddeltjek.config.json in the root if there is
 * one, else the empty configuration. Throws a DeploymentConfigError naming the file and each field.
 */
export function loadDeploymentConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  root = process.cwd(),
): LoadedDeploymentConfig {
  if (env.VITE_QUICK_EXIT_URL) {
    // It used to be read on its own; ignoring it silently would send quick exit somewhere else.
    throw new DeploymentConfigError(
      `VITE_QUICK_EXIT_URL is no longer read: set "quickExitUrl" in the deployment configuration instead (docs/deployment.md)`,
    );
  }
  const named = env[configFileVariable];
  const path = resolve(root, named || defaultConfigFile);
  if (!existsSync(path)) {
    if (!named) return { config: {} };
    throw new DeploymentConfigError(`${configFileVariable} names ${path}, which does not exist`);
  }
  const inRoot = relative(root, path);
  const file = inRoot.startsWith('..') ? path : inRoot;
  const text = readFileSync(path, 'utf8');
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DeploymentConfigError(
      `Deployment configuration ${file} is not valid JSON: ${withLineAndColumn(message, text)}`,
    );
  }
  const result = parseDeploymentConfig(content);
  if (!result.ok) {
    throw new DeploymentConfigError(
      `Deployment configuration is invalid (${file}):\n${result.problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return { config: result.config, file };
}

export interface DeploymentConfigPluginApi {
  /** The validated configuration; available once Vite has read its own config. */
  config(): DeploymentConfig;
}

/**
 * Reads and validates the deployment configuration when Vite starts (build, dev server, preview),
 * failing with a message that names the file and the field, and hands the validated object to the
 * app as a compile-time constant. `empty` skips reading, so tests never see a local configuration.
 */
export function deploymentConfigPlugin(
  options: { empty?: boolean } = {},
): Plugin<DeploymentConfigPluginApi> & { api: DeploymentConfigPluginApi } {
  let loaded: LoadedDeploymentConfig | undefined;
  return {
    name: 'rusmiddeltjek:deployment-config',
    config(userConfig) {
      loaded = options.empty
        ? { config: {} }
        : loadDeploymentConfig(process.env, resolve(userConfig.root ?? process.cwd()));
      return { define: { [defineName]: JSON.stringify(loaded.config) } };
    },
    api: {
      config() {
        if (!loaded)
          throw new Error('The deployment configuration is read in Vite\'s "config" hook');
        return loaded.config;
      },
    },
  };
}
