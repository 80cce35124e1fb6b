import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFlow, useQuestionnaire } from '../../flow/FlowProvider';
import type { ImportResult } from '../../export/fhir/importResult';
import { answersFromQuestionnaireResponse } from '../../export/fhir/answersFromQuestionnaireResponse';
import { decodeHandover } from '../../handover/decodeHandover';
import type { Answers } from '../../questionnaire/answers';
import type { Questionnaire } from '../../questionnaire/questionnaire';
import { assess } from '../../scoring/assess';
import { intakeSummary, type IntakeSummary } from '../../summary/intakeSummary';
import { BackButton } from '../../ui/BackButton';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { TextInput } from '../../ui/TextInput';
import { usePageHeading } from '../../ui/usePageHeading';
import { IntakeSummaryView } from '../result/IntakeSummaryView';
import { isEarlierVersion } from '../../questionnaire/isEarlierVersion';
import {
  linkIdPattern,
  quotableImportedText,
  versionPattern,
} from '../../export/fhir/importedText';

type ImportField = 'handover-code' | 'handover-file';
interface Problem {
  field: ImportField;
  message: string;
}

/**
 * The message key and values for a file that could not be read. What the file says is quoted only
 * in the form the app writes it (see importedText.ts); otherwise the message names the problem alone.
 */
function fileProblem(
  result: Extract<ImportResult, { ok: false }>,
): [
  Extract<ParseKeys<'handover'>, `import.problems.${string}`>,
  Partial<Record<'version' | 'known' | 'linkId', string>>,
] {
  switch (result.problem) {
    case 'not-json':
    case 'not-a-questionnaire-response':
    case 'not-completed':
      return [`import.problems.${result.problem}`, {}];
    case 'unknown-questionnaire':
      return ['import.problems.file-unknown-questionnaire', {}];
    case 'unknown-version': {
      const version = quotableImportedText(result.version, versionPattern);
      const known = result.known.join(', ');
      if (version === undefined) return ['import.problems.file-invalid-version', { known }];
      return [
        isEarlierVersion(version, result.known)
          ? 'import.problems.file-older-version'
          : 'import.problems.file-unknown-version',
        { version, known },
      ];
    }
    default: {
      const linkId = quotableImportedText(result.linkId, linkIdPattern);
      return linkId === undefined
        ? ['import.problems.file-answers-unnamed', {}]
        : ['import.problems.file-answers', { linkId }];
    }
  }
}

function summarise(questionnaire: Questionnaire, answers: Answers): IntakeSummary {
  return intakeSummary(questionnaire, assess(questionnaire, answers), new Date());
}

/**
 * The clinician's view: read a hand-over code or a QuestionnaireResponse file and show the same
 * intake summary the client's answers give. Nothing is stored or sent; it loads only when opened.
 */
export default function HandoverScreen({ focusHeading }: { focusHeading: boolean }) {
  const { t } = useTranslation('handover');
  const flow = useFlow();
  const questionnaire = useQuestionnaire();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [attempt, setAttempt] = useState(0);
  const [summary, setSummary] = useState<IntakeSummary>();
  const headingRef = usePageHeading(t('import.title'), {
    focus: focusHeading,
    hasError: problem !== undefined,
  });
  const fileRef = useRef<HTMLInputElement>(null);
  const questionnaires = [questionnaire];
  // "Read another" gives way to the form: focus goes to the code field it replaced.
  const focusCodeField = useRef(false);
  useEffect(() => {
    if (summary || !focusCodeField.current) return;
    focusCodeField.current = false;
    document.getElementById('handover-code')?.focus();
  }, [summary]);

  // One source at a time: each read (a code, a file) or "Read another" takes a new turn, and a file
  // that finishes reading after its turn has passed is dropped, success or failure.
  const turn = useRef(0);
  const nextTurn = () => ++turn.current;

  const fail = (field: ImportField, message: string) => {
    setProblem({ field, message });
    setAttempt((n) => n + 1);
  };
  const succeed = (found: { questionnaire: Questionnaire; answers: Answers }) => {
    setProblem(undefined);
    setSummary(summarise(found.questionnaire, found.answers));
  };

  const readCode = (event: FormEvent) => {
    event.preventDefault();
    nextTurn();
    const decoded = decodeHandover(questionnaires, code);
    if (decoded.ok) succeed(decoded);
    else fail('handover-code', t(`import.problems.${decoded.problem}`));
  };
  const readFile = async (event: FormEvent) => {
    event.preventDefault();
    const mine = nextTurn();
    const file = fileRef.current?.files?.[0];
    if (!file) return fail('handover-file', t('import.problems.no-file'));
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    if (turn.current !== mine) return;
    const result = answersFromQuestionnaireResponse(questionnaires, text);
    if (result.ok) return succeed(result);
    const [key, values] = fileProblem(result);
    fail('handover-file', t(key, values));
  };

  const errorOn = (field: ImportField) => (problem?.field === field ? problem.message : undefined);
  const back = () => flow.send({ type: 'handover.close' });
  return (
    <div className={summary ? 'result result--clinician' : undefined}>
      <BackButton label={t('import.back')} onBack={back} />
      <ErrorSummary
        errors={problem ? [{ fieldId: problem.field, message: problem.message }] : []}
        attempt={attempt}
      />
      <h1 ref={headingRef} tabIndex={-1} className="heading-l">
        {t('import.title')}
      </h1>
      {summary ? (
        <>
          <p role="status">{t('import.loaded')}</p>
          <IntakeSummaryView summary={summary} focusOnShow />
          <div className="button-group no-print">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              {t('result.actions.print', { ns: 'ui', context: 'clinician' })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                nextTurn();
                focusCodeField.current = true;
                setSummary(undefined);
                setCode('');
              }}
            >
              {t('import.another')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('import.intro')}</p>
          <form onSubmit={readCode} noValidate className="form-group">
            <TextInput
              id="handover-code"
              label={t('import.codeLabel')}
              hint={t('import.codeHint')}
              error={errorOn('handover-code')}
              width={20}
              autoCapitalize="characters"
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <button type="submit" className="button">
              {t('import.readCode')}
            </button>
          </form>
          <form onSubmit={readFile} noValidate className="form-group">
            <Field
              id="handover-file"
              label={t('import.fileLabel')}
              hint={t('import.fileHint')}
              error={errorOn('handover-file')}
            >
              {(control) => (
                <input
                  {...control}
                  ref={fileRef}
                  className="file-input"
                  type="file"
                  accept=".json,application/json,application/fhir+json"
                />
              )}
            </Field>
            <button type="submit" className="button button--secondary">
              {t('import.readFile')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
