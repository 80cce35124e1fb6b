import { useTranslation } from 'react-i18next';
import { usePersonName } from '../ui/personName';

const MAX_NAME_LENGTH = 40;

/**
 * A relative may give the person's first name or a nickname, so the questions can use it. It is
 * held in memory for this visit only: never stored, put in the address, sent or exported.
 */
export function PersonNameField() {
  const { t } = useTranslation();
  const { name, setName } = usePersonName();
  return (
    <div className="form-group person-name">
      <label htmlFor="person-name" className="label">
        {t('personName.label')}
      </label>
      <p id="person-name-hint" className="hint">
        {t('personName.hint')}
      </p>
      <input
        id="person-name"
        className="input input--width-20"
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_NAME_LENGTH}
        aria-describedby="person-name-hint"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
    </div>
  );
}
