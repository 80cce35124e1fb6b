import { useTranslation } from 'react-i18next';
import { tData } from '../../i18n/keys';
import type { ProviderConfig } from '../../config/deploymentConfigSchema';
import type { NextAction } from '../../referral/nextStep';
import { services } from '../../referral/services';
import type { Assessment } from '../../scoring/assessment';
import { useVoicedTranslation, type VoicedT } from '../../ui/voice';
import { glanceBasis, glanceSteps } from './glanceBasis';
import { ServiceMore } from './ServiceMore';
import { ReadAloud } from '../../readAloud/ReadAloud';

/** A phone number whose spaces never break a line. */
const unbroken = (phone: string) => phone.replace(/ /g, '\u00a0');

/** The five steps drawn as a bar; the person's step has a marker and bold text, not only colour. */
function LevelScale({ level }: { level: Assessment['level'] }) {
  const { t } = useVoicedTranslation();
  const step = glanceSteps.indexOf(level) + 1;
  return (
    <div className="glance-scale">
      <p className="visually-hidden">
        {t('result.glance.step', { step, label: t(`result.glance.steps.${level}`) })}
      </p>
      <ol className="glance-scale__steps" aria-hidden="true">
        {glanceSteps.map((s) => (
          <li
            key={s}
            className={`glance-scale__step glance-scale__step--${s}${s === level ? ' glance-scale__step--current' : ''}`}
          >
            {t(`result.glance.steps.${s}`)}
          </li>
        ))}
      </ol>
    </div>
  );
}

function BasisLine({ assessment }: { assessment: Assessment }) {
  const { t } = useVoicedTranslation();
  const { i18n } = useTranslation();
  const basis = glanceBasis(assessment);
  if (!basis) return null;
  if (basis.kind === 'signs') {
    const substance = tData(t, `questionnaire:substances.${basis.substance}.label`);
    return (
      <p className="glance__basis">
        {t('result.glance.basis.signs', { substance, signs: basis.signs })}
      </p>
    );
  }
  const weekly =
    basis.kind === 'weekly'
      ? new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(basis.weekly)
      : '';
  return <p className="glance__basis">{t(`result.glance.basis.${basis.kind}`, { weekly })}</p>;
}

/** What the big button says: the number to call or the site to open. */
function actionLabel(t: VoicedT, action: NextAction, provider: ProviderConfig | undefined): string {
  if (action.service === 'provider') {
    return provider?.phone
      ? t('help:provider.call', { phone: unbroken(provider.phone) })
      : t('help:provider.email', { email: provider?.email });
  }
  if (action.service === 'emergency-112') return t('result.glance.call112');
  const service = services[action.service];
  if (service.phone && action.href?.startsWith('tel:')) {
    const name = t(`help:services.${action.service}.name`);
    // No break inside a phone number: "80 200 / 500" on a phone misleads whoever dials it.
    return t('result.glance.call', { service: name, phone: unbroken(service.phone.display) });
  }
  return t('result.help.visit', { site: service.url?.display });
}

/**
 * One action: the first is a big button to tap; the others (the rest of the urgent set) are
 * plain links, so one thing stands out; why comes after the link, to keep the link high.
 */
function ActionItem({
  action,
  provider,
  first,
  withReason,
  described,
}: {
  action: NextAction;
  provider: ProviderConfig | undefined;
  first: boolean;
  withReason: boolean;
  /** Its help card is left out below, so what the place is is told here. */
  described: boolean;
}) {
  const { t } = useVoicedTranslation();
  const reason = t(`result.glance.reason.${action.reason}`, { provider: provider?.name });
  const web = action.href?.startsWith('https:');
  // A place called that can also be reached on the web (Livslinien's written help): the address
  // sits under the number.
  const alsoWeb =
    action.service !== 'provider' && action.href?.startsWith('tel:')
      ? services[action.service].url
      : undefined;
  return (
    <li className="glance__action">
      {/* Without a link, why comes first and the words on how to reach it follow. */}
      {withReason && !action.href && <p className="glance__reason">{reason}</p>}
      {action.href ? (
        <a
          className={first ? 'button glance__button' : 'glance__link glance__link--strong'}
          href={action.href}
          data-next-step=""
          {...(web && { target: '_blank', rel: 'noopener noreferrer' })}
        >
          {actionLabel(t, action, provider)}
          {web && <span className="visually-hidden"> {t('result.help.newWindow')}</span>}
        </a>
      ) : (
        action.service !== 'provider' && (
          <p className="glance__reach" data-next-step="">
            <strong>{t(`help:services.${action.service}.name`)}</strong>{' '}
            {tData(t, `help:services.${action.service}.reach`)}
          </p>
        )
      )}
      {alsoWeb && (
        <a className="glance__link" href={alsoWeb.href} target="_blank" rel="noopener noreferrer">
          {t('result.help.visit', { site: alsoWeb.display })}{' '}
          <span className="visually-hidden">{t('result.help.newWindow')}</span>
        </a>
      )}
      {withReason && action.href && <p className="glance__reason">{reason}</p>}
      {described && action.service !== 'provider' && <ServiceMore service={action.service} />}
    </li>
  );
}

/** The next step's actions, each with why and a big link; the urgent box shows the urgent set. */
export function NextStepList({
  actions,
  provider,
  withReasons = true,
  described = [],
}: {
  actions: readonly NextAction[];
  provider?: ProviderConfig | undefined;
  /** The services whose help card is left out below: their "More about …" goes here. */
  described?: readonly string[];
  /** False in the urgent box, whose own text says why; the help list below gives each reason. */
  withReasons?: boolean;
}) {
  return (
    <ul className="list glance__actions">
      {actions.map((action, i) => (
        <ActionItem
          key={action.service}
          action={action}
          provider={provider}
          first={i === 0}
          withReason={withReasons}
          described={described.includes(action.service)}
        />
      ))}
    </ul>
  );
}

/** The top of the result: where the answers stand, what that rests on, and one thing to do. */
export function ResultAtAGlance({
  assessment,
  levelSentence,
  showScale,
  actions,
  provider,
  described,
}: {
  assessment: Assessment;
  levelSentence: string;
  /** False where the level says nothing about the use (no use, or a safety flag alone). */
  showScale: boolean;
  /** None with danger to life: the urgent box above holds the urgent set instead. */
  actions: readonly NextAction[];
  provider: ProviderConfig | undefined;
  /** The services whose help card is left out below, so they are described here. */
  described: readonly string[];
}) {
  const { t } = useVoicedTranslation();
  return (
    <div className="glance">
      <ReadAloud />
      <p className="result-level">{levelSentence}</p>
      {showScale && <LevelScale level={assessment.level} />}
      <BasisLine assessment={assessment} />
      {actions.length > 0 && (
        <section aria-labelledby="next-step-title" className="glance__next">
          <h2 id="next-step-title" className="heading-m">
            {t('result.glance.nextTitle')}
          </h2>
          <NextStepList actions={actions} provider={provider} described={described} />
        </section>
      )}
    </div>
  );
}
