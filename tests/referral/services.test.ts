import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/locales/da/help.json';
import en from '../../src/i18n/locales/en/help.json';
import { reasonIds } from '../../src/referral/reasons';
import { serviceIds, services, type ServiceId } from '../../src/referral/services';

const texts = { da, en };

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsOf);
}

function valueAt(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      tree,
    );
}

// The numbers exactly as docs/sources.md gives them.
const factsNumbers: Record<string, string> = {
  'emergency-112': '112',
  livslinien: '70 201 201',
  giftlinjen: '82 12 12 12',
  alkolinjen: '80 200 500',
  'al-anon': '70 20 90 93',
};

describe('services', () => {
  it('has one entry per id, under its own id', () => {
    expect(Object.keys(services).sort()).toEqual([...serviceIds].sort());
    for (const id of serviceIds) expect(services[id].id).toBe(id);
  });

  it.each(serviceIds)('%s cites docs/sources.md as its source', (id) => {
    expect(services[id].source).toMatch(/^docs\/sources\.md#[a-z0-9-]+/);
  });

  it('gives phones only where docs/sources.md has a number, with exactly that number', () => {
    const withPhone = serviceIds.filter((id) => services[id].phone);
    expect(withPhone.sort()).toEqual(Object.keys(factsNumbers).sort());
    for (const id of withPhone) expect(services[id].phone?.display).toBe(factsNumbers[id]);
  });

  it.each(serviceIds.filter((id) => services[id].phone))('%s has a Danish number', (id) => {
    const phone = services[id].phone;
    expect(phone?.display).toMatch(/^(112|\d{2} \d{2} \d{2} \d{2}|\d{2} \d{3} \d{3})$/);
    expect(phone?.tel).toMatch(/^(112|\+45\d{8})$/);
    const digits = phone?.display.replaceAll(' ', '');
    expect(phone?.tel).toBe(digits === '112' ? '112' : `+45${digits}`);
  });

  it('links only to the web addresses docs/sources.md names', () => {
    const urls = serviceIds.flatMap((id) => {
      const url = services[id].url;
      return url ? [`${id} ${url.href} ${url.display}`] : [];
    });
    expect(urls.sort()).toEqual([
      'al-anon https://al-anon.dk al-anon.dk',
      'livslinien https://skrivdet.dk skrivdet.dk',
      'municipal-alcohol-treatment https://tilbudsportalen.dk tilbudsportalen.dk',
      'municipal-drug-treatment https://tilbudsportalen.dk tilbudsportalen.dk',
      'netstof https://netstof.dk netstof.dk',
    ]);
  });
});

/** A service with no number and no web address must say in words how to reach it. */
const hasNoLink = (id: ServiceId) => !services[id].phone && !services[id].url;

describe('help texts', () => {
  it('has the same keys in Danish and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(da).sort());
  });

  it('has exactly the service and reason keys the rules use, and the provider block', () => {
    const expected = [
      ...serviceIds.flatMap((id) => [`services.${id}.name`, `services.${id}.description`]),
      ...serviceIds.filter(hasNoLink).map((id) => `services.${id}.reach`),
      ...reasonIds.map((id) => `reasons.${id}`),
      ...['intro', 'call', 'email', 'hours'].map((key) => `provider.${key}`),
    ];
    // A relative's or a clinician's wording sits beside the self text as `<key>_relative` etc.
    const selfKeys = keysOf(da).filter((key) => !/_(relative|clinician)$/.test(key));
    expect(selfKeys.sort()).toEqual(expected.sort());
    const voiced = keysOf(da).filter((key) => /_(relative|clinician)$/.test(key));
    expect(voiced.length).toBeGreaterThan(0);
    for (const key of voiced) expect(expected).toContain(key.replace(/_(relative|clinician)$/, ''));
  });

  it.each(Object.entries(texts))('%s: every service has a name and a description', (_, tree) => {
    for (const id of serviceIds) {
      expect(valueAt(tree, `services.${id}.name`)).toEqual(expect.stringMatching(/\S/));
      expect(valueAt(tree, `services.${id}.description`)).toEqual(expect.stringMatching(/\S/));
    }
  });

  it.each(Object.entries(texts))('%s: every service has a way to act', (_, tree) => {
    for (const id of serviceIds) {
      const reach = valueAt(tree, `services.${id}.reach`);
      const ways = [services[id].phone, services[id].url, reach].filter(Boolean);
      expect(ways.length, id).toBeGreaterThan(0);
      // One sentence where there is no link; none where a link already says it.
      if (hasNoLink(id)) expect(reach, id).toEqual(expect.stringMatching(/\S/));
      else expect(reach, id).toBeUndefined();
    }
    expect(serviceIds.filter(hasNoLink).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(texts))('%s: every reason has a line', (_, tree) => {
    for (const id of reasonIds) {
      expect(valueAt(tree, `reasons.${id}`)).toEqual(expect.stringMatching(/\S/));
    }
  });

  it.each(Object.entries(texts))('%s: no stigmatising words', (_, tree) => {
    for (const text of stringsOf(tree)) expect(text).not.toMatch(/misbrug|addict/i);
  });

  it.each(Object.entries(texts))('%s: no opening hours', (_, tree) => {
    for (const text of stringsOf(tree)) {
      expect(text).not.toMatch(/\b\d{1,2}[.:]\d{2}\b|døgn|around the clock|24\/7/i);
    }
  });

  it('says where Giftlinjen is offered that it asks for name and CPR number and records calls', () => {
    expect(da.services.giftlinjen.description).toMatch(/CPR-nummer/);
    expect(da.services.giftlinjen.description).toMatch(/optage[rt]/);
    expect(en.services.giftlinjen.description).toMatch(/CPR number/);
    expect(en.services.giftlinjen.description).toMatch(/records/);
  });
});
