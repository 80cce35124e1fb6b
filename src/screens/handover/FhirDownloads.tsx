import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuestionnaire } from '../../flow/FlowProvider';
import type { Answers } from '../../questionnaire/answers';
import type { ExportTexts } from '../../export/fhir/exportTexts';
import { defaultLanguage, isLanguage } from '../../i18n/languages';
import type { QuestionnaireTexts } from '../../questionnaire/definitionSchema';
import type { Assessment } from '../../scoring/assessment';

function download(fileName: string, resource: unknown): void {
  const blob = new Blob([JSON.stringify(resource, null, 2)], { type: 'application/fhir+json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The FHIR R4 exports for the record. The export code is fetched on the click, never on first load;
 * the files hold answers by code and no name (docs/fhir.md).
 */
export function FhirDownloads({
  answers,
  assessment,
  madeAt,
}: {
  answers: Answers;
  assessment: Assessment;
  madeAt: Date;
}) {
  const { t, i18n } = useTranslation('handover');
  const questionnaire = useQuestionnaire();
  const [failed, setFailed] = useState(false);
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const { id, version } = questionnaire.definition;

  const saveQuestionnaire = async () => {
    try {
      const { questionnaireResource } = await import('../../export/fhir/questionnaireResource');
      const texts = i18n.getResourceBundle(language, 'questionnaire') as QuestionnaireTexts;
      const labels = i18n.t('fhir.export', { ns: 'handover', returnObjects: true }) as ExportTexts;
      download(
        `${id}-${version}-questionnaire-${language}.json`,
        questionnaireResource(questionnaire, { texts, labels, language }),
      );
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const saveResponse = async () => {
    try {
      const { questionnaireResponse } = await import('../../export/fhir/questionnaireResponse');
      download(
        `${id}-${version}-response.json`,
        questionnaireResponse(questionnaire, answers, assessment, { authored: madeAt, language }),
      );
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby="fhir-title" className="no-print">
      <h2 id="fhir-title" className="heading-m">
        {t('fhir.title')}
      </h2>
      <p>{t('fhir.intro')}</p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={saveQuestionnaire}>
          {t('fhir.questionnaire')}
        </button>
        <button type="button" className="button button--secondary" onClick={saveResponse}>
          {t('fhir.response')}
        </button>
      </div>
      {failed && (
        <p className="error-message" role="alert">
          {t('fhir.failed')}
        </p>
      )}
    </section>
  );
}
