import { describe, expect, it } from 'vitest';
import { parseDeploymentConfig } from '../../src/config/deploymentConfigSchema';
import { exampleProvider } from '../support/exampleProvider';

const provider = exampleProvider;

function problems(input: unknown): string[] {
  const result = parseDeploymentConfig(input);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.config)}`);
  return result.problems;
}

describe('the deployment configuration', () => {
  it('may be empty: only the public services are shown', () => {
    expect(parseDeploymentConfig({})).toEqual({ ok: true, config: {} });
  });

  it('takes a whole provider, a quick-exit page and a default language', () => {
    const config = { provider, quickExitUrl: 'https://www.dr.dk/', defaultLanguage: 'en' };
    expect(parseDeploymentConfig(config)).toEqual({ ok: true, config });
  });

  it('needs only the provider’s name', () => {
    expect(parseDeploymentConfig({ provider: { name: 'Nord' } })).toEqual({
      ok: true,
      config: { provider: { name: 'Nord' } },
    });
  });

  it.each(['33123456', '33 12 34 56', '3312 3456'])('takes the phone number "%s"', (phone) => {
    expect(parseDeploymentConfig({ provider: { name: 'Nord', phone } }).ok).toBe(true);
  });

  it.each(['/api/callback', 'https://api.example.dk/callback'])(
    'takes the callback endpoint "%s"',
    (callbackEndpoint) => {
      expect(parseDeploymentConfig({ provider: { name: 'Nord', callbackEndpoint } }).ok).toBe(true);
    },
  );

  it('takes "about:blank" as the quick-exit page', () => {
    expect(parseDeploymentConfig({ quickExitUrl: 'about:blank' }).ok).toBe(true);
  });

  it.each([
    [{ provider: {} }, 'provider.name: is required'],
    [{ provider: { name: '  ' } }, 'provider.name: must not be empty'],
    [{ provider: { name: 7 } }, 'provider.name: must be text'],
    [{ provider: 'Nord' }, 'provider: must be an object'],
    [{ provider: { ...provider, phone: '1234' } }, 'provider.phone: must be a Danish phone number'],
    [{ provider: { ...provider, phone: '+45 33 12 34 56' } }, 'provider.phone: must be a Danish'],
    [{ provider: { ...provider, email: 'kontakt' } }, 'provider.email: must be an email address'],
    [{ provider: { ...provider, hours: { da: 'Altid' } } }, 'provider.hours.en: is required'],
    [{ provider: { ...provider, hours: 'Altid' } }, 'provider.hours: must be an object'],
    [
      { provider: { ...provider, callbackEndpoint: 'http://api.example.dk/callback' } },
      'provider.callbackEndpoint: must be an https:// URL',
    ],
    [
      { provider: { ...provider, callbackEndpoint: '//api.example.dk/callback' } },
      'provider.callbackEndpoint: must be an https:// URL',
    ],
    [{ quickExitUrl: 'javascript:alert(1)' }, 'quickExitUrl: must be an https:// URL'],
    [{ quickExitUrl: 'www.dr.dk' }, 'quickExitUrl: must be an https:// URL'],
    [{ defaultLanguage: 'de' }, 'defaultLanguage: must be one of "da", "en"'],
    [{ provider: { ...provider, fax: '33 12 34 57' } }, 'provider.fax: is not a known field'],
    [{ quickExit: 'https://www.dr.dk/' }, 'quickExit: is not a known field'],
    [[], '(the whole file): must be a JSON object'],
  ])('refuses %j, naming the field', (input, message) => {
    expect(problems(input)).toEqual([expect.stringContaining(message)]);
  });

  it('names every problem, not just the first', () => {
    expect(
      problems({ provider: { name: 'Nord', email: 'x', phone: '1' }, defaultLanguage: 'sv' }),
    ).toEqual([
      expect.stringMatching(/^provider\.phone: /),
      expect.stringMatching(/^provider\.email: /),
      expect.stringMatching(/^defaultLanguage: /),
    ]);
  });
});
