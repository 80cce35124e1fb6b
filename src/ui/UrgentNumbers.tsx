import { useTexts } from '../i18n/useTexts';
import { urgentPhones, type UrgentServiceId } from '../referral/urgentPhones';

/** The numbers to call at once: each as a `tel:` link, followed by when to call it. */
export function UrgentNumbers({ ids }: { ids: readonly UrgentServiceId[] }) {
  const { t } = useTexts();
  return (
    <ul className="list urgent-numbers">
      {ids.map((id) => {
        const phone = urgentPhones[id];
        return (
          <li key={id}>
            <a className="urgent-numbers__number" href={`tel:${phone.tel}`}>
              {phone.display}
            </a>{' '}
            {t(`urgent.${id}`)}
          </li>
        );
      })}
    </ul>
  );
}
