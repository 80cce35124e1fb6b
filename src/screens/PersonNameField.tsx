import { useTranslation } from 'react-i18next';
import { FormGroup } from '../ui/FormGroup';
import { usePersonName } from '../ui/personName';
import { TextInput } from '../ui/TextInput';

const MAX_NAME_LENGTH = 40;

/**
 * A relative may give the person's first name or a nickname, so the questions can use it. It is
 * held in memory for this visit only: never stored, put in the address, sent or exported.
 */
export function PersonNameField() {
  const { t } = useTranslation();
  const { name, setName } = usePersonName();
  return (
    <FormGroup className="person-name">
      <TextInput
        id="person-name"
        label={t('personName.label')}
        hint={t('personName.hint')}
        width={20}
        maxLength={MAX_NAME_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
    </FormGroup>
  );
}
