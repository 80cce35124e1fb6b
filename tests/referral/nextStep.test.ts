import { describe, expect, it } from 'vitest';
import type { AgeRange } from '../../src/questionnaire/definitionSchema';
import { chooseHelp } from '../../src/referral/chooseHelp';
import { nextStep, type ProviderContact } from '../../src/referral/nextStep';
import type { ReferralInput } from '../../src/referral/referral';
import type { ResultLevel } from '../../src/scoring/assessment';
import { referralInput } from '../support/anyReferralInput';

// Each expected step worked out by hand from the brief's order: urgent, under 15, provider,
// a relative's own help, level none, then the use that shows the most.

const under15: AgeRange = { from: 0, to: 14 };

type Kind = ReferralInput['substances'][number]['kind'];
const use = (code: string, kind: Kind, level: ResultLevel) => ({ code, kind, level });
const alcohol = (level: ResultLevel) => use('alcohol', 'alcohol', level);
const cannabis = (level: ResultLevel) => use('cannabis', 'other', level);
const sedatives = (level: ResultLevel) => use('sedatives', 'medicine', level);
const nicotine = (level: ResultLevel) => use('nicotine', 'nicotine', level);

/** The steps as `service:reason→href`, from the help chooseHelp really chooses. */
function stepsFor(overrides: Partial<ReferralInput>, provider?: ProviderContact): string[] {
  const referral = referralInput(overrides);
  return nextStep(referral, chooseHelp(referral), provider).map(
    (a) => `${a.service}:${a.reason}→${a.href ?? '-'}`,
  );
}

const call112 = 'emergency-112:danger-now→tel:112';
const livslinien = 'livslinien:talk-now→tel:+4570201201';
const giftlinjen = 'giftlinjen:overdose→tel:+4582121212';
const alkolinjen = 'alkolinjen:alcohol-line→tel:+4580200500';
const treatment = 'municipal-drug-treatment:treatment→https://tilbudsportalen.dk';
const gpIfYouWonder = 'own-gp:doctor-if-you-wonder→-';
const gp = 'own-gp:doctor→-';
const providerPhone = { phone: '33 12 34 56' };

describe('nextStep: danger to life', () => {
  it('gives 112 then Livslinien for the urgent flag, without Giftlinjen', () => {
    expect(stepsFor({ level: 'severe', flags: ['urgent'], urgentBecause: ['self-harm'] })).toEqual([
      call112,
      livslinien,
    ]);
  });

  it('adds Giftlinjen when an overdose raised the flag', () => {
    expect(stepsFor({ level: 'mild', flags: ['urgent'], urgentBecause: ['overdose'] })).toEqual([
      call112,
      livslinien,
      giftlinjen,
    ]);
  });

  it('gives the urgent set for a yes to self-harm even without the flag', () => {
    expect(stepsFor({ selfHarm: true })).toEqual([call112, livslinien]);
  });

  it('does not treat an overdose behind another flag as urgent', () => {
    expect(
      stepsFor({ flags: ['harm-reduction'], urgentBecause: ['overdose'], level: 'none' }),
    ).toEqual([gpIfYouWonder]);
  });

  it('puts the urgent set before the provider, under 15 and for a relative', () => {
    const urgent = { flags: ['urgent'] as const, urgentBecause: ['self-harm'] as const };
    expect(stepsFor({ ...urgent, level: 'severe' }, providerPhone)).toEqual([call112, livslinien]);
    expect(stepsFor({ ...urgent, age: under15 })).toEqual([call112, livslinien]);
    expect(stepsFor({ ...urgent, audience: 'relative', substances: [alcohol('mild')] })).toEqual([
      call112,
      livslinien,
    ]);
  });
});

describe('nextStep: the configured provider', () => {
  it('leads with its phone where the result shows something', () => {
    expect(stepsFor({ level: 'risky', substances: [alcohol('risky')] }, providerPhone)).toEqual([
      'provider:provider→tel:+4533123456',
    ]);
  });

  it('is reached by email when it has no phone', () => {
    expect(
      stepsFor({ level: 'mild', substances: [cannabis('mild')] }, { email: 'a@example.dk' }),
    ).toEqual(['provider:provider→mailto:a@example.dk']);
  });

  it('is passed over when it has neither phone nor email', () => {
    expect(stepsFor({ level: 'risky', substances: [alcohol('risky')] }, {})).toEqual([alkolinjen]);
  });

  it('does not lead at level none for the person themself', () => {
    expect(stepsFor({ substances: [alcohol('none')] }, providerPhone)).toEqual([gpIfYouWonder]);
  });

  it('leads for a worried relative even at level none', () => {
    expect(
      stepsFor({ audience: 'relative', substances: [alcohol('none')] }, providerPhone),
    ).toEqual(['provider:provider→tel:+4533123456']);
  });
});

describe('nextStep: the use', () => {
  it('offers Alkolinjen for risky drinking and for drinking with signs', () => {
    expect(stepsFor({ level: 'risky', substances: [alcohol('risky')] })).toEqual([alkolinjen]);
    expect(stepsFor({ level: 'severe', substances: [alcohol('severe')] })).toEqual([alkolinjen]);
  });

  it('offers the doctor, gently, for drinking within the limits', () => {
    expect(stepsFor({ level: 'none', substances: [alcohol('none')] })).toEqual([gpIfYouWonder]);
  });

  it('offers municipal treatment for drugs with signs (two or more)', () => {
    expect(stepsFor({ level: 'mild', substances: [cannabis('mild')] })).toEqual([treatment]);
  });

  it('offers the doctor for a single sign with drugs, below treatment', () => {
    expect(stepsFor({ level: 'risky', substances: [cannabis('risky')] })).toEqual([gp]);
  });

  it('offers municipal treatment for medicine with signs', () => {
    expect(stepsFor({ level: 'moderate', substances: [sedatives('moderate')] })).toEqual([
      treatment,
    ]);
  });

  it('lets the drugs lead when they show more than the drinking', () => {
    expect(
      stepsFor({ level: 'moderate', substances: [alcohol('risky'), cannabis('moderate')] }),
    ).toEqual([treatment]);
  });

  it('lets the drinking lead when both show the same', () => {
    expect(stepsFor({ level: 'mild', substances: [alcohol('mild'), cannabis('mild')] })).toEqual([
      alkolinjen,
    ]);
  });

  it('does not count nicotine as a drug', () => {
    expect(stepsFor({ level: 'risky', substances: [alcohol('risky'), nicotine('none')] })).toEqual([
      alkolinjen,
    ]);
  });

  it('gives the doctor when nothing was used', () => {
    expect(stepsFor({})).toEqual([gpIfYouWonder]);
  });

  it('speaks to a clinician about the client as to the person', () => {
    expect(
      stepsFor({ audience: 'clinician', level: 'mild', substances: [cannabis('mild')] }),
    ).toEqual([treatment]);
  });
});

describe('nextStep: a relative', () => {
  it('offers Alkolinjen for their own sake when the person drinks, at any level', () => {
    const line = 'alkolinjen:relative-line→tel:+4580200500';
    expect(stepsFor({ audience: 'relative', substances: [alcohol('none')] })).toEqual([line]);
    expect(
      stepsFor({ audience: 'relative', level: 'severe', substances: [alcohol('severe')] }),
    ).toEqual([line]);
  });

  it('offers the treatment that supports relatives when the person uses drugs', () => {
    expect(stepsFor({ audience: 'relative', substances: [cannabis('none')] })).toEqual([
      'municipal-drug-treatment:relative-treatment→https://tilbudsportalen.dk',
    ]);
  });

  it('offers their own doctor when no substance was named', () => {
    expect(stepsFor({ audience: 'relative' })).toEqual(['own-gp-relative:relative-doctor→-']);
  });
});

describe('nextStep: under 15', () => {
  it('offers netstof.dk with signs (the 14-year-olds it serves)', () => {
    expect(stepsFor({ age: under15, level: 'mild', substances: [cannabis('mild')] })).toEqual([
      'netstof:young-online→https://netstof.dk',
    ]);
  });

  it('offers the doctor without signs, where netstof.dk is not offered', () => {
    expect(stepsFor({ age: under15, substances: [alcohol('none')] })).toEqual([gp]);
  });

  it('offers the doctor, not the provider, even with one configured', () => {
    expect(stepsFor({ age: under15, level: 'none' }, providerPhone)).toEqual([gp]);
  });

  it('treats 15–17 as no longer under 15', () => {
    expect(
      stepsFor({ age: { from: 15, to: 17 }, level: 'risky', substances: [alcohol('risky')] }),
    ).toEqual([alkolinjen]);
  });
});

describe('nextStep: pregnancy', () => {
  const midwife = 'doctor-or-midwife:pregnancy→-';

  it('leads a pregnant drinker to their own doctor or midwife, before Alkolinjen', () => {
    expect(stepsFor({ level: 'risky', substances: [alcohol('risky')], pregnant: true })).toEqual([
      midwife,
    ]);
    expect(stepsFor({ level: 'risky', substances: [alcohol('risky')], pregnant: false })).toEqual([
      alkolinjen,
    ]);
  });

  it('leads there before a configured provider, and after danger to life', () => {
    expect(
      stepsFor({ level: 'mild', substances: [cannabis('mild')], pregnant: true }, providerPhone),
    ).toEqual([midwife]);
    expect(
      stepsFor({ level: 'mild', flags: ['urgent'], urgentBecause: ['self-harm'], pregnant: true }),
    ).toEqual([call112, livslinien]);
  });
});
