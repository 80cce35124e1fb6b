import { useTranslation } from 'react-i18next';
import { services, type ServiceId } from '../referral/services';

/** The numbers to call at once: each as a `tel:` link, followed by when to call it. */
export function UrgentNumbers({ ids }: { ids: readonly ServiceId[] }) {
  const { t } = useTranslation();
  return (
    <ul className="list urgent-numbers">
      {ids.map((id) => {
        const phone = services[id].phone;
        if (!phone) return null;
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
