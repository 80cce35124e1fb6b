import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuestionnaire } from '../../flow/FlowProvider';
import { encodeHandover } from '../../handover/encodeHandover';
import { handoverQrMatrix } from '../../handover/handoverQrMatrix';
import { qrPathData, qrQuietZone } from '../../handover/handoverQrSvg';
import type { Answers } from '../../questionnaire/answers';

/** The hand-over code and its QR code: loaded only when the person asks to see them. */
export default function HandoverCode({ answers }: { answers: Answers }) {
  const { t } = useTranslation('handover');
  const questionnaire = useQuestionnaire();
  const code = useMemo(() => encodeHandover(questionnaire, answers), [questionnaire, answers]);
  const matrix = useMemo(() => handoverQrMatrix(code), [code]);
  const extent = matrix.size + 2 * qrQuietZone;
  // Shown in place of the button that asked for it: focus moves to the code, not to the page.
  const codeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => codeRef.current?.focus(), []);
  return (
    <div className="handover-code">
      <p ref={codeRef} tabIndex={-1}>
        <span className="handover-code__label">{t('share.codeLabel')}</span>{' '}
        <code className="handover-code__code" data-handover-code>
          {code}
        </code>
      </p>
      <svg
        className="handover-code__qr"
        role="img"
        aria-label={t('share.qrLabel')}
        viewBox={`0 0 ${extent} ${extent}`}
        shapeRendering="crispEdges"
      >
        <rect width={extent} height={extent} fill="#fff" />
        <path fill="#000" d={qrPathData(matrix)} />
      </svg>
      <p>{t('share.how')}</p>
    </div>
  );
}
