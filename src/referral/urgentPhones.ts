import type { PhoneNumber } from './phoneNumber';

/**
 * The urgent numbers, listed once: every page's footer and the urgent notices show them, so they
 * come with the first load without the other services (src/referral/services.ts uses these too).
 * Sources: docs/sources.md#phone-112, #livslinien, #giftlinjen.
 */
export const urgentPhones = {
  'emergency-112': { display: '112', tel: '112' },
  livslinien: { display: '70 201 201', tel: '+4570201201' },
  giftlinjen: { display: '82 12 12 12', tel: '+4582121212' },
} as const satisfies Record<string, PhoneNumber>;

export type UrgentServiceId = keyof typeof urgentPhones;
