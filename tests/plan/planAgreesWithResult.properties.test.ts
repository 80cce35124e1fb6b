import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOptions } from '../../src/plan/planOptions';
import { displayOrder } from '../../src/referral/chooseHelp';
import { resultHelp } from '../../src/referral/resultHelp';
import { services, type ServiceId } from '../../src/referral/services';
import { anyReferralInput } from '../support/anyReferralInput';

const inDisplayOrder = (ids: readonly ServiceId[]) =>
  [...ids].sort(
    (a, b) =>
      (displayOrder as readonly ServiceId[]).indexOf(a) -
      (displayOrder as readonly ServiceId[]).indexOf(b),
  );

describe('"Min plan" and the result page', () => {
  it('offer the same help for the same answers', () => {
    fc.assert(
      fc.property(anyReferralInput, (input) => {
        const page = resultHelp(input);
        const options = planOptions({ audience: input.audience }, page);
        if (input.audience === 'clinician') {
          expect(options).toBeUndefined();
          return;
        }
        if (options?.audience === 'relative') {
          // A relative's own help: the same list, in the same order, as their section of the page.
          expect(options.ownHelp).toEqual(page.forRelative.map((r) => r.service));
          return;
        }
        if (options?.audience !== 'self') throw new Error('expected a plan for the person');
        // The person's help the page shows, as a card or told by the next step, in the page's order,
        // less the danger-to-life lines, whose numbers stay in the safety boxes.
        const shown = [...page.listed, ...page.toldByNextStep].map((r) => r.service);
        expect(options.firstCall).toEqual(
          inDisplayOrder(shown.filter((id) => services[id].group !== 'urgent')),
        );
        expect(options.talkTo.includes('alkolinjen')).toBe(shown.includes('alkolinjen'));
      }),
      { numRuns: 300 },
    );
  });
});
