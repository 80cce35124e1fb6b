import { contentSecurityPolicy } from './contentSecurityPolicy';

/*
 * The headers a server sends with the app: one source for the `_headers` file the build writes
 * (scripts/headersFilePlugin.ts), for deploy/nginx.conf (tests/deploy/nginxConf.test.ts compares
 * them) and for what tests/browser/deployment-headers.test.ts expects from nginx.
 */

/** Only a header can forbid framing: a meta CSP cannot carry `frame-ancestors`. */
export const frameAncestors = "frame-ancestors 'none'";

/** The page's own policy (the meta in index.html), with framing forbidden. */
export function contentSecurityPolicyHeader(callbackOrigin?: string): string {
  return `${contentSecurityPolicy(callbackOrigin)}; ${frameAncestors}`;
}

/**
 * Powerful features the app never uses, denied to it and to anything it could ever embed. Only
 * names Chromium knows: an unknown one is reported on the console of every page.
 */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export const permissionsPolicy: string = deniedFeatures
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers every response carries, in the order the files list them. */
export function securityHeaders(callbackOrigin?: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicyHeader(callbackOrigin)],
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', permissionsPolicy],
  ];
}

/** Files whose names carry a hash of their content: a new build has new names. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** Everything else is checked with the server each time (it answers 304 when unchanged). */
export const revalidateCaching = 'no-cache';

/** The paths of hashed files, as `_headers` patterns. */
export const hashedPaths = ['/assets/*', '/workbox-*.js'];
/**
 * The page and the service worker must never be taken from an HTTP cache, or a deploy would not
 * reach the person; nor the manifest, which names the icons.
 */
export const revalidatedPaths = ['/', '/index.html', '/sw.js', '/manifest.webmanifest'];

/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages). Hosts combine the values of
 * a header set by two matching rules, so Cache-Control is set on exact paths only, never on `/*`.
 */
export function headersFile(callbackOrigin?: string): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build from scripts/securityHeaders.ts (docs/deployment.md). Do not edit.',
    block('/*', securityHeaders(callbackOrigin)),
    ...hashedPaths.map((path) => block(path, [['Cache-Control', immutableCaching]])),
    ...revalidatedPaths.map((path) => block(path, [['Cache-Control', revalidateCaching]])),
    '',
  ].join('\n');
}
