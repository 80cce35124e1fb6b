import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { genstande, genstandeInAll, toOneDecimal, wholeGenstande } from '../scoring/genstande';
import {
  drinkFromEntry,
  drinkKinds,
  MAX_COUNT,
  MAX_VOLUME_CL,
  typicalDrinks,
  type DrinkEntry,
  type DrinkField,
  type DrinkKind,
} from './drinkEntry';
import { Disclosure } from '../ui/Disclosure';
import { Fieldset } from '../ui/Fieldset';
import { TextInput } from '../ui/TextInput';

type AddedDrink = Extract<ReturnType<typeof drinkFromEntry>, { ok: true }>['drink'] & {
  key: number;
};

const fields: readonly DrinkField[] = ['count', 'volumeCl', 'strengthPercent'];
const fieldMax: Record<DrinkField, number> = {
  count: MAX_COUNT,
  volumeCl: MAX_VOLUME_CL,
  strengthPercent: 100,
};

function formatNumber(language: string, value: number, decimals: 'one' | 'as-needed'): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals === 'one' ? 1 : 0,
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(value);
}

function entryFor(kind: DrinkKind, count: string, language: string): DrinkEntry {
  if (kind === 'other') return { kind, count, volumeCl: '', strengthPercent: '' };
  const typical = typicalDrinks[kind];
  return {
    kind,
    count,
    volumeCl: formatNumber(language, typical.volumeCl, 'as-needed'),
    strengthPercent: formatNumber(language, typical.strengthPercent, 'as-needed'),
  };
}

/**
 * An optional helper beside "how many genstande on a typical day?": the person adds the drinks of
 * such a day and may put the whole number into the question's field, which stays theirs to change.
 * Its buttons never submit the question's form, and Enter in its fields adds the drink instead.
 */
export function DrinkCalculator({
  fieldId,
  max,
  onUse,
}: {
  /** The question's number field: focus goes back there once a number is put in it. */
  fieldId: string;
  max: number | undefined;
  onUse: (answer: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [entry, setEntry] = useState<DrinkEntry>(() => entryFor('beer', '1', language));
  const [invalid, setInvalid] = useState<readonly DrinkField[]>([]);
  const [drinks, setDrinks] = useState<readonly AddedDrink[]>([]);
  const nextKey = useRef(0);
  const inputs = useRef<Partial<Record<DrinkField, HTMLInputElement | null>>>({});
  const kindSelect = useRef<HTMLSelectElement>(null);
  const removeButtons = useRef(new Map<number, HTMLButtonElement>());
  // After a drink is removed its button is gone: focus goes to a neighbour's, or to the choice of drink.
  const focusAfterRemove = useRef<number | 'kind' | undefined>(undefined);

  useEffect(() => {
    const target = focusAfterRemove.current;
    focusAfterRemove.current = undefined;
    if (target === 'kind') kindSelect.current?.focus();
    else if (target !== undefined) removeButtons.current.get(target)?.focus();
  }, [drinks]);

  const sum = genstandeInAll(drinks);
  const shown = toOneDecimal(sum);
  const answer = wholeGenstande(sum, max);
  const capped = answer < Math.round(shown);
  const addedId = `${id}-added`;
  const cappedId = `${id}-capped`;
  const kindName = (kind: DrinkKind) => t(`drinkCalculator.kinds.${kind}`);

  const add = () => {
    const result = drinkFromEntry(entry);
    if (!result.ok) {
      setInvalid(result.invalid);
      inputs.current[result.invalid[0] ?? 'count']?.focus();
      return;
    }
    setInvalid([]);
    setDrinks((added) => [...added, { ...result.drink, key: nextKey.current++ }]);
  };

  const remove = (key: number) => {
    const at = drinks.findIndex((d) => d.key === key);
    const neighbour = drinks[at + 1] ?? drinks[at - 1];
    setDrinks((added) => added.filter((d) => d.key !== key));
    focusAfterRemove.current = neighbour?.key ?? 'kind';
  };

  const use = () => {
    onUse(answer);
    setOpen(false);
    document.getElementById(fieldId)?.focus();
  };

  // Enter in a field would submit the question's form with whatever its field holds: add the drink.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <Disclosure
      label={t('drinkCalculator.toggle')}
      open={open}
      onToggle={setOpen}
      className="drink-calculator"
    >
      <p>{t('drinkCalculator.intro')}</p>
      <p className="hint">{t('drinkCalculator.howTo')}</p>
      <Fieldset id={`${id}-drink`} legend={t('drinkCalculator.legend')}>
        <div className="drink-calculator__fields">
          <div className="drink-calculator__field drink-calculator__field--kind">
            <label htmlFor={`${id}-kind`} className="label">
              {t('drinkCalculator.kind')}
            </label>
            <select
              id={`${id}-kind`}
              ref={kindSelect}
              className="select"
              value={entry.kind}
              onChange={(event) =>
                setEntry(entryFor(event.target.value as DrinkKind, entry.count, language))
              }
            >
              {drinkKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindName(kind)}
                </option>
              ))}
            </select>
          </div>
          {fields.map((field) => {
            const inputId = `${id}-${field}`;
            return (
              <div key={field} className="drink-calculator__field">
                <TextInput
                  id={inputId}
                  ref={(element) => {
                    inputs.current[field] = element;
                  }}
                  label={t(`drinkCalculator.${field}`)}
                  error={
                    invalid.includes(field)
                      ? t(`drinkCalculator.invalid.${field}`, { max: fieldMax[field] })
                      : undefined
                  }
                  width={3}
                  inputMode={field === 'count' ? 'numeric' : 'decimal'}
                  value={entry[field]}
                  onChange={(event) => setEntry({ ...entry, [field]: event.target.value })}
                  onKeyDown={addOnEnter}
                />
              </div>
            );
          })}
        </div>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('drinkCalculator.add')}
        </button>
      </Fieldset>
      {drinks.length > 0 && (
        <>
          <p id={addedId} className="label">
            {t('drinkCalculator.added')}
          </p>
          <ul className="list drink-calculator__list" aria-labelledby={addedId}>
            {drinks.map((drink) => {
              const values = { count: drink.count, kind: kindName(drink.kind) };
              return (
                <li key={drink.key} className="drink-calculator__drink">
                  <span>
                    {t('drinkCalculator.drink', {
                      ...values,
                      volume: formatNumber(language, drink.volumeCl, 'as-needed'),
                      strength: formatNumber(language, drink.strengthPercent, 'as-needed'),
                      genstande: formatNumber(
                        language,
                        toOneDecimal(
                          drink.count * genstande(drink.volumeCl, drink.strengthPercent),
                        ),
                        'one',
                      ),
                    })}
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    ref={(element) => {
                      if (element) removeButtons.current.set(drink.key, element);
                      else removeButtons.current.delete(drink.key);
                    }}
                    onClick={() => remove(drink.key)}
                  >
                    {t('drinkCalculator.remove')}{' '}
                    <span className="visually-hidden">
                      {t('drinkCalculator.removeHidden', values)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="drink-calculator__total" aria-live="polite" aria-atomic="true">
        {t('drinkCalculator.total', { total: formatNumber(language, shown, 'one') })}
      </p>
      {answer > 0 && (
        <>
          {capped && (
            <p id={cappedId} className="hint">
              {t('drinkCalculator.capped', { max })}
            </p>
          )}
          <button
            type="button"
            className="button"
            aria-describedby={capped ? cappedId : undefined}
            onClick={use}
          >
            {t('drinkCalculator.use', { count: answer })}
          </button>
        </>
      )}
    </Disclosure>
  );
}
