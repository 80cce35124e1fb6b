import { useLayoutEffect, useRef } from 'react';
import { tData } from '../../i18n/keys';
import type { Icd11Group } from '../../questionnaire/vocabulary';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, languageDetails } from '../../i18n/languages';
import { raisesUrgent } from '../../referral/isUrgent';
import type { IntakeSummary } from '../../summary/intakeSummary';

/**
 * The clinician's intake summary: criteria × substances, counts and bands, ICD-11 groups, alcohol
 * against 10/4, flags, questionnaire and time. Laid out to print on one A4 page.
 */
export function IntakeSummaryView({
  summary,
  headingLevel = 2,
  focusOnShow = false,
}: {
  summary: IntakeSummary;
  headingLevel?: 1 | 2;
  /** Take focus when shown in place of what had it (the import view's form). */
  focusOnShow?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const { locale } = languageDetails[isLanguage(i18n.language) ? i18n.language : defaultLanguage];
  const yesNo = (value: boolean) => t(value ? 'summary.yes' : 'summary.no');
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(summary.madeAt);
  // The summary is a clinician's, wherever it is shown: substances named in their voice.
  const substanceName = (code: string) =>
    tData(t, `questionnaire:substances.${code}.label`, { context: 'clinician' });
  const urgent = raisesUrgent(summary.flags);
  const groups = (list: readonly Icd11Group[]) =>
    list.length === 0 ? '–' : list.map((g) => t(`summary.icd11.${g}`)).join(', ');

  return (
    <section className="intake-summary" aria-labelledby="intake-summary-title">
      <Heading id="intake-summary-title" className="heading-m" ref={headingRef} tabIndex={-1}>
        {t('summary.title')}
      </Heading>
      <dl className="intake-summary__meta">
        <div>
          <dt>{t('summary.questionnaire')}</dt>
          <dd>
            {summary.questionnaire.id} {summary.questionnaire.version}
          </dd>
        </div>
        <div>
          <dt>{t('summary.madeAt')}</dt>
          <dd>{when}</dd>
        </div>
        <div>
          <dt>{t('summary.answeredBy')}</dt>
          <dd>{t(`summary.audience.${summary.audience}`)}</dd>
        </div>
        {summary.ageGroup !== undefined && (
          <div>
            <dt>{t('summary.ageGroup')}</dt>
            <dd>{tData(t, `questionnaire:items.age-group.options.${summary.ageGroup}`)}</dd>
          </div>
        )}
        {summary.pregnancy !== undefined && (
          <div>
            <dt>{t('summary.pregnancy')}</dt>
            <dd>{t(`summary.pregnancyStatus.${summary.pregnancy}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('summary.level')}</dt>
          <dd>{t(`summary.levels.${summary.level}`)}</dd>
        </div>
      </dl>

      {/* Safety first, as on the result page: an urgent flag stands out before the table. */}
      <div
        className={urgent ? 'panel panel--urgent intake-summary__flags' : 'intake-summary__flags'}
      >
        <h3 className="heading-s">{t('summary.flags.title')}</h3>
        {summary.flags.length === 0 ? (
          <p>{t('summary.flags.none')}</p>
        ) : (
          <ul className="list list--bullet">
            {summary.flags.map(({ flag, concerns }) => (
              <li key={flag}>
                {t(`summary.flags.${flag}`)}
                {concerns.length > 0 &&
                  `: ${concerns.map((c) => t(`summary.concerns.${c}`)).join(', ')}`}
              </li>
            ))}
          </ul>
        )}
      </div>

      {summary.substances.length === 0 ? (
        <p>{t('summary.noSubstances')}</p>
      ) : (
        // A wide table scrolls inside its own region on a phone; the region takes focus so the
        // keyboard can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="intake-table-caption"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
        >
          <table className="intake-table">
            <caption id="intake-table-caption">
              <span className="intake-table__caption">{t('summary.tableCaption')}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('summary.criterion')}</th>
                <th scope="col">{t('summary.icd11Group')}</th>
                {summary.substances.map((s) => (
                  <th scope="col" key={s.substance}>
                    {substanceName(s.substance)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.criteria.map((row) => (
                <tr key={row.criterion}>
                  <th scope="row">
                    {row.dsm5}. {t(`criteria.${row.criterion}.short`, { ns: 'questionnaire' })}
                  </th>
                  <td>{t(`summary.icd11.${row.icd11Group}`)}</td>
                  {summary.substances.map((s) => {
                    const status = row.status[s.substance] ?? 'not-met';
                    return (
                      <td key={s.substance} className={`intake-table__status--${status}`}>
                        {t(`summary.status.${status}`)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('summary.criteriaCount')}
                </th>
                {summary.substances.map((s) => (
                  <td key={s.substance}>
                    {t('summary.countOf', { count: s.criteriaCount })}
                    {s.unknownCount > 0 &&
                      ` (${t('summary.unknownCount', { count: s.unknownCount })})`}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('summary.band')}
                </th>
                {summary.substances.map((s) => (
                  <td key={s.substance}>{t(`summary.bands.${s.band}`)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('summary.icd11Present')}
                </th>
                {summary.substances.map((s) => (
                  <td key={s.substance}>{groups(s.icd11Groups)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('summary.dependenceIndicated')}
                </th>
                {summary.substances.map((s) => (
                  <td key={s.substance}>{yesNo(s.dependenceIndicated)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('summary.takenAsPrescribed')}
                </th>
                {summary.substances.map((s) => (
                  <td key={s.substance}>{s.isMedicine ? yesNo(s.takenAsPrescribed) : '–'}</td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('summary.warningSigns')}
                </th>
                {summary.substances.map((s) => (
                  <td key={s.substance}>
                    {s.warningSigns.length === 0
                      ? '–'
                      : s.warningSigns
                          .map((sign) =>
                            tData(t, `questionnaire:items.${sign}.short`, { context: 'clinician' }),
                          )
                          .join(', ')}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      {summary.alcohol && (
        <>
          <h3 className="heading-s">{t('summary.alcohol.title')}</h3>
          <dl className="intake-summary__meta">
            <div>
              <dt>{t('summary.alcohol.drinkingDays')}</dt>
              <dd>{summary.alcohol.drinkingDays}</dd>
            </div>
            <div>
              <dt>{t('summary.alcohol.weekly')}</dt>
              <dd>
                {decimal.format(summary.alcohol.weeklyDrinks)} ({t('summary.alcohol.weeklyLimit')}:{' '}
                {t(summary.alcohol.aboveWeekly ? 'summary.above' : 'summary.within')})
              </dd>
            </div>
            <div>
              <dt>{t('summary.alcohol.typicalDay')}</dt>
              <dd>{summary.alcohol.typicalDayDrinks}</dd>
            </div>
            <div>
              <dt>{t('summary.alcohol.heavyDays')}</dt>
              <dd>
                {tData(
                  t,
                  `questionnaire:items.alcohol-heavy-days.options.${summary.alcohol.heavyDays}`,
                )}
              </dd>
            </div>
            <div>
              <dt>{t('summary.alcohol.dailyLimit')}</dt>
              <dd>{yesNo(summary.alcohol.aboveDaily)}</dd>
            </div>
            {summary.alcohol.pregnant && (
              <div>
                <dt>{t('summary.alcohol.pregnantTerm')}</dt>
                <dd>{t('summary.alcohol.pregnant')}</dd>
              </div>
            )}
            {summary.alcohol.underAge && (
              <div>
                <dt>{t('summary.alcohol.underAgeTerm')}</dt>
                <dd>{t('summary.alcohol.underAge')}</dd>
              </div>
            )}
          </dl>
        </>
      )}

      <p className="hint">{t('summary.note')}</p>
    </section>
  );
}
