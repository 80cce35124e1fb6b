import { useTranslation } from 'react-i18next';
import type { AgeRange } from '../../questionnaire/definitionSchema';
import type { DsmBand } from '../../scoring/assessment';
import { MAX_DRINKS_A_WEEK } from '../../scoring/alcoholAgainstRecommendation';
import { useVoicedTranslation } from '../../ui/voice';
import {
  ADULTS_ABOVE_WEEKLY,
  ADULTS_HEAVY_EVERY_WEEK,
  OLDER_ABOVE_WEEKLY,
  showsOlderFigures,
  signBands,
  weekScale,
} from './standing';

/** The person's week as a bar against a marked line at the recommendation's 10. */
export function WeekChart({ weeklyDrinks, weekly }: { weeklyDrinks: number; weekly: string }) {
  const { t } = useVoicedTranslation();
  const scale = weekScale(weeklyDrinks);
  const you = t('result.standing.you', { weekly });
  const limit = t('result.standing.limit', { limit: MAX_DRINKS_A_WEEK });
  const caption = t('result.standing.weekCaption');
  // Children of role="img" are not read out: the label says the same numbers the picture shows.
  return (
    <div className="standing-chart" role="img" aria-label={`${caption}. ${you}. ${limit}.`}>
      <p className="standing-chart__caption">{caption}</p>
      <p className="standing-chart__value">{you}</p>
      <div className="week-bar">
        <div className="week-bar__fill" style={{ width: `${scale.weekAt}%` }} />
        <div className="week-bar__limit" style={{ left: `${scale.limitAt}%` }} />
      </div>
      <div className="week-bar__ticks">
        <span>0</span>
        {/* Shifted by its own share so the label never leaves the track, wherever the line is. */}
        <span
          className="week-bar__limit-label"
          style={{ left: `${scale.limitAt}%`, transform: `translateX(-${scale.limitAt}%)` }}
        >
          {limit}
        </span>
        <span>{scale.max}</span>
      </div>
    </div>
  );
}

/** How many Danish adults drink above the recommendation, in "of 100" words. */
export function AdultComparison({ age }: { age: AgeRange | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('result.standing.compare')}</p>
      <ul className="list list--bullet">
        <li>
          {t('result.standing.adultsAbove', {
            per100: ADULTS_ABOVE_WEEKLY,
            limit: MAX_DRINKS_A_WEEK,
          })}
        </li>
        <li>{t('result.standing.adultsHeavy', { per100: ADULTS_HEAVY_EVERY_WEEK })}</li>
        {showsOlderFigures(age) && (
          <li>
            {t('result.standing.older', {
              men: OLDER_ABOVE_WEEKLY.men,
              women: OLDER_ABOVE_WEEKLY.women,
              limit: MAX_DRINKS_A_WEEK,
            })}
          </li>
        )}
      </ul>
      <p className="hint">{t('result.standing.source')}</p>
    </>
  );
}

const range = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** The signs met as filled cells on the 11, grouped by the DSM-5 bands, with the scale in words. */
export function SignsChart({ met, band }: { met: number; band: DsmBand }) {
  const { t } = useTranslation();
  const bands = signBands();
  const total = bands.reduce((sum, span) => sum + span.cells.length, 0);
  const ranges = Object.fromEntries(bands.map((span) => [span.band, range(span.from, span.to)]));
  const label = t('result.standing.signsChart', {
    met,
    total,
    band: t(`result.standing.bands.${band}`),
  });
  return (
    <>
      <div className="signs-chart" role="img" aria-label={label}>
        {bands.map((span) => (
          <div
            key={span.band}
            className={`signs-chart__band${span.band === band ? ' signs-chart__band--here' : ''}`}
            style={{ flexGrow: span.cells.length }}
          >
            <div className="signs-chart__cells">
              {span.cells.map((cell) => (
                <span
                  key={cell}
                  className={`signs-chart__cell${cell <= met ? ' signs-chart__cell--met' : ''}`}
                />
              ))}
            </div>
            {/* The range and its word sit under their bars: the scale needs no legend. */}
            <span className="signs-chart__range">{ranges[span.band]}</span>
            <span className="signs-chart__word">{t(`result.standing.bandWords.${span.band}`)}</span>
          </div>
        ))}
      </div>
    </>
  );
}
