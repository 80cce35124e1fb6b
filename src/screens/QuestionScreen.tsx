import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFlow, useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { progress } from '../flow/navigation';
import type { Answer } from '../questionnaire/answers';
import { ReadAloud } from '../readAloud/ReadAloud';
import { answerSchema, type AnswerDraft, type answerErrors } from '../questionnaire/answerSchema';
import type { Step } from '../questionnaire/steps';
import { stepOptions } from '../questionnaire/visibility';
import { BackButton } from '../ui/BackButton';
import { choiceId, Choices } from '../ui/Choices';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Fieldset } from '../ui/Fieldset';
import { FormGroup } from '../ui/FormGroup';
import { TextInput } from '../ui/TextInput';
import { usePageHeading } from '../ui/usePageHeading';
import { useVoicedTranslation } from '../ui/voice';
import { DrinkCalculator } from './DrinkCalculator';
import { asksTypicalDayDrinks } from './drinkEntry';
import { usePageDrafts, useKeptDraft } from './pageDrafts';
import { PersonNameField } from './PersonNameField';
import { stepTexts } from './stepTexts';

function draftFrom(step: Step, answer: Answer | undefined): AnswerDraft['answer'] {
  if (step.kind === 'multiple') return Array.isArray(answer) ? [...answer] : [];
  if (answer === undefined) return undefined;
  return String(answer);
}

export function QuestionScreen({ step, focusHeading }: { step: Step; focusHeading: boolean }) {
  const { t, i18n } = useTranslation();
  const flow = useFlow();
  const questionnaire = useQuestionnaire();
  const answers = useFlowSelector((s) => s.answers);
  const options = stepOptions(step, answers, questionnaire.substancesId);
  const { name } = useVoicedTranslation();
  const texts = stepTexts(step, answers, questionnaire, i18n, name);
  const { current, total } = progress(questionnaire, answers, step.id);

  const resolver = useMemo(
    () => zodResolver(answerSchema(step, options)) as unknown as Resolver<AnswerDraft>,
    [step, options],
  );
  const drafts = usePageDrafts();
  const { register, handleSubmit, formState, getValues, setValue, watch } = useForm<AnswerDraft>({
    resolver,
    defaultValues: { answer: drafts.get(step.id) ?? draftFrom(step, answers[step.id]) },
    shouldFocusError: false,
  });
  useKeptDraft(drafts, step.id, watch, flow);
  const error = formState.errors.answer;
  const progressText = t('question.progress', { current, total });
  // The tab (and so the browser's history list) names the page by its place, never its question:
  // "thoughts of self-harm" or a substance's name must not be left behind on a shared device.
  const headingRef = usePageHeading(progressText, { hasError: !!error, focus: focusHeading });

  const exclusive = options.find((o) => o.exclusive);
  const errorMessage =
    error?.message &&
    // The resolver's messages are answerErrors' keys (answerSchema.ts); the compiler checks those.
    t(error.message as (typeof answerErrors)[keyof typeof answerErrors], {
      option: exclusive ? texts.optionLabel(exclusive.code) : '',
      min: step.min,
      max: step.max,
    });
  const firstFieldId =
    step.kind === 'number' ? `${step.id}-input` : choiceId(step.id, options[0]?.code ?? '');
  const progressId = `${step.id}-progress`;

  const submit = handleSubmit((values) => {
    flow.send({
      type: 'answer.submit',
      stepId: step.id,
      answer: values.answer as unknown as Answer,
    });
  });

  const field = register('answer');
  // Ticking "none of these" clears the others, and ticking another clears "none of these".
  const onCheckboxChange = async (event: React.ChangeEvent<HTMLInputElement>, code: string) => {
    await field.onChange(event);
    if (!event.target.checked || !exclusive) return;
    const chosen = (getValues('answer') as string[] | undefined) ?? [];
    const kept = code === exclusive.code ? [code] : chosen.filter((c) => c !== exclusive.code);
    setValue('answer', kept, { shouldValidate: formState.isSubmitted });
  };

  return (
    <>
      <BackButton label={t('question.back')} onBack={() => flow.send({ type: 'nav.back' })} />
      <ErrorSummary
        errors={errorMessage ? [{ fieldId: firstFieldId, message: errorMessage }] : []}
        attempt={formState.submitCount}
      />
      <p className="progress" id={progressId}>
        {progressText}
      </p>
      <form onSubmit={submit} noValidate>
        <FormGroup invalid={!!errorMessage}>
          <Fieldset
            id={step.id}
            data-item={step.id}
            legendClassName="fieldset__legend"
            legend={
              // Focus lands on the heading: let it carry the progress too.
              <h1
                ref={headingRef}
                tabIndex={-1}
                className="heading-l"
                aria-describedby={progressId}
              >
                {texts.title}
              </h1>
            }
            afterLegend={<ReadAloud />}
            hint={texts.hint}
            error={errorMessage || undefined}
          >
            {step.kind === 'number' ? (
              <div className="number-input">
                <TextInput
                  id={firstFieldId}
                  label={texts.unit}
                  labelClassName="number-input__label"
                  invalid={!!errorMessage}
                  width={3}
                  inputMode="numeric"
                  {...field}
                />
              </div>
            ) : (
              <Choices
                type={step.kind === 'single' ? 'radio' : 'checkbox'}
                idPrefix={step.id}
                options={options.map((option) => ({
                  value: option.code,
                  label: texts.optionLabel(option.code),
                  hint: texts.optionHint(option.code),
                  apart: option.exclusive,
                }))}
                or={t('question.or')}
                input={(code) => ({
                  ...field,
                  onChange:
                    step.kind === 'multiple'
                      ? (event) => onCheckboxChange(event, code)
                      : field.onChange,
                })}
              />
            )}
          </Fieldset>
        </FormGroup>
        {asksTypicalDayDrinks(step) && (
          <DrinkCalculator
            fieldId={firstFieldId}
            max={step.max}
            onUse={(n) => setValue('answer', String(n), { shouldValidate: formState.isSubmitted })}
          />
        )}
        {step.measures.some((m) => m.type === 'relationship') && <PersonNameField />}
        <button type="submit" className="button">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
