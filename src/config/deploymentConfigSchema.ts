import { z } from 'zod';
import { languages, type Language } from '../i18n/languages';

/**
 * What a deploying provider may configure (docs/deployment.md). Read and validated at build time by
 * scripts/deploymentConfigPlugin.ts; the browser gets the validated object and does not re-check it.
 */

function text() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, { error: 'must not be empty' });
}

function httpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** A path on the app's own origin ("/api/callback"), not a protocol-relative "//host". */
function sameOriginPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/\s/.test(value);
}

const danishPhone = text().refine(
  (value) => /^[\d ]+$/.test(value) && value.replace(/ /g, '').length === 8,
  { error: 'must be a Danish phone number of 8 digits, e.g. "33 12 34 56"' },
);

const openingHours = z.strictObject(
  { da: text(), en: text() } satisfies Record<Language, unknown>,
  { error: 'must be an object with the opening hours in each language ("da", "en")' },
);

export const providerSchema = z.strictObject(
  {
    name: text(),
    phone: danishPhone.optional(),
    email: z.email({ error: 'must be an email address, e.g. "kontakt@example.dk"' }).optional(),
    hours: openingHours.optional(),
    callbackEndpoint: text()
      .refine((value) => httpsUrl(value) || sameOriginPath(value), {
        error: 'must be an https:// URL, or a path on the app\'s own origin starting with "/"',
      })
      .optional(),
  },
  { error: 'must be an object with at least a "name"' },
);

export const deploymentConfigSchema = z.strictObject(
  {
    provider: providerSchema.optional(),
    quickExitUrl: text()
      .refine((value) => value === 'about:blank' || httpsUrl(value), {
        error: 'must be an https:// URL or "about:blank"',
      })
      .optional(),
    defaultLanguage: z
      .enum(languages, { error: `must be one of ${languages.map((l) => `"${l}"`).join(', ')}` })
      .optional(),
  },
  { error: 'must be a JSON object' },
);

export type DeploymentConfig = z.output<typeof deploymentConfigSchema>;
export type ProviderConfig = z.output<typeof providerSchema>;

export type DeploymentConfigResult =
  { ok: true; config: DeploymentConfig } | { ok: false; problems: string[] };

/** One line per problem, each starting with the field it is about: "provider.email: must be …". */
export function parseDeploymentConfig(input: unknown): DeploymentConfigResult {
  const result = deploymentConfigSchema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${[...at, key].join('.')}: is not a known field`);
    }
    return [`${at.length > 0 ? at.join('.') : '(the whole file)'}: ${issue.message}`];
  });
  return { ok: false, problems };
}
