import type { ProviderConfig } from '../../src/config/deploymentConfigSchema';

/**
 * A made-up treatment provider with every field the deployment configuration allows, for tests of
 * what a deployment shows. Its addresses are example.dk, which no one owns.
 */
export const exampleProvider = {
  name: 'Rådgivningen Nord',
  phone: '33 12 34 56',
  email: 'kontakt@example.dk',
  hours: { da: 'Hverdage 9–15', en: 'Weekdays 9–15' },
  callbackEndpoint: 'https://api.example.dk/callback',
} satisfies ProviderConfig;
