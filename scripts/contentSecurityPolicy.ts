import type { Plugin } from 'vite';

/**
 * The origin a callback endpoint adds to the policy: none for a path on the app's own origin
 * (already 'self'), the URL's origin for an https:// address.
 */
export function callbackEndpointOrigin(endpoint: string | undefined): string | undefined {
  if (endpoint === undefined || endpoint.startsWith('/')) return undefined;
  return new URL(endpoint).origin;
}

/**
 * Only the app's own files may load, and nothing may be sent anywhere but the provider's callback
 * endpoint, when one is configured (docs/deployment.md: no third-party requests). Added to the built page
 * only: the dev server needs inline scripts for hot reload.
 */
export function contentSecurityPolicy(callbackOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    callbackOrigin ? `connect-src 'self' ${callbackOrigin}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `callbackEndpoint` is read when the page is built, from the validated deployment configuration. */
export function contentSecurityPolicyPlugin(callbackEndpoint: () => string | undefined): Plugin {
  return {
    name: 'rusmiddeltjek:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(callbackEndpointOrigin(callbackEndpoint())),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}
