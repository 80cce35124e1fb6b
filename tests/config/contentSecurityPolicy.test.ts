import { describe, expect, it } from 'vitest';
import { callbackEndpointOrigin, contentSecurityPolicy } from '../../scripts/contentSecurityPolicy';

function directive(policy: string, name: string): string | undefined {
  return policy.split('; ').find((d) => d.startsWith(`${name} `));
}

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own origin when no callback endpoint is configured', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policy, 'form-action')).toBe("form-action 'none'");
  });

  it('lets the app contact the callback endpoint’s origin, and nothing else more', () => {
    const policy = contentSecurityPolicy('https://api.example.dk');
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://api.example.dk");
    expect(policy.replace(' https://api.example.dk', '')).toBe(contentSecurityPolicy());
  });
});

describe('the callback endpoint’s origin', () => {
  it('is the https URL’s origin, without path or query', () => {
    expect(callbackEndpointOrigin('https://api.example.dk:8443/v1/callback?x=1')).toBe(
      'https://api.example.dk:8443',
    );
  });

  it('is none for a path on the app’s own origin, or no endpoint', () => {
    expect(callbackEndpointOrigin('/api/callback')).toBeUndefined();
    expect(callbackEndpointOrigin(undefined)).toBeUndefined();
  });
});
