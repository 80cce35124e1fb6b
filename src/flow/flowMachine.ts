import { and, assign, raise, setup } from 'xstate';
import type { Answer, Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import {
  allAnswered,
  canVisitStep,
  commitAnswer,
  firstStepId,
  firstUnansweredStepId,
  lastStepId,
  nextStepId,
  nextUnansweredStepId,
  previousStepId,
} from './navigation';

/** Where the person is: what the browser's history records for each page. */
export type FlowLocation =
  | { screen: 'start' }
  | { screen: 'question'; stepId: string }
  | { screen: 'review' }
  | { screen: 'result' }
  | { screen: 'privacy' }
  /** A clinician reading a hand-over code or a QuestionnaireResponse file; no answers of its own. */
  | { screen: 'handover' };

export interface FlowContext {
  answers: Answers;
  /** The question shown in the `question` state. */
  stepId: string | undefined;
  /** Set while a question is changed from the review: return there when done. */
  returnToReview: boolean;
  /** The person chose to keep their answers through a reload of this tab. */
  keepOnReload: boolean;
  /** Where the privacy page returns to. */
  returnFromPrivacy: FlowLocation | undefined;
}

export type FlowEvent =
  | { type: 'flow.start' }
  | { type: 'answer.submit'; stepId: string; answer: Answer }
  | { type: 'nav.back' }
  | { type: 'review.change'; stepId: string }
  | { type: 'review.confirm' }
  | { type: 'history.restore'; location: FlowLocation }
  | { type: 'flow.restart' }
  | { type: 'resume.set'; keep: boolean }
  | { type: 'privacy.open'; from: FlowLocation }
  | { type: 'privacy.close' }
  | { type: 'handover.open' }
  | { type: 'handover.close' };

export interface FlowInput {
  answers?: Answers;
  keepOnReload?: boolean;
}

const emptyContext: FlowContext = {
  answers: {},
  stepId: undefined,
  returnToReview: false,
  keepOnReload: false,
  returnFromPrivacy: undefined,
};

/** The one machine that owns navigation and committed answers, built from a questionnaire. */
export function createFlowMachine(questionnaire: Questionnaire) {
  const committed = (context: FlowContext, event: FlowEvent): Answers =>
    event.type === 'answer.submit'
      ? commitAnswer(questionnaire, context.answers, event.stepId, event.answer)
      : context.answers;
  const restoring = (event: FlowEvent): FlowLocation | undefined =>
    event.type === 'history.restore' ? event.location : undefined;

  return setup({
    types: {
      context: {} as FlowContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
    },
    guards: {
      isCurrentStep: ({ context, event }) =>
        event.type === 'answer.submit' && event.stepId === context.stepId,
      hasFollowUpToChange: ({ context, event }) =>
        context.returnToReview &&
        context.stepId !== undefined &&
        nextUnansweredStepId(questionnaire, committed(context, event), context.stepId) !==
          undefined,
      isChangingFromReview: ({ context }) => context.returnToReview,
      hasNextStep: ({ context, event }) =>
        context.stepId !== undefined &&
        nextStepId(questionnaire, committed(context, event), context.stepId) !== undefined,
      hasPreviousStep: ({ context }) =>
        context.stepId !== undefined &&
        previousStepId(questionnaire, context.answers, context.stepId) !== undefined,
      canChangeStep: ({ context, event }) =>
        event.type === 'review.change' &&
        canVisitStep(questionnaire, context.answers, event.stepId),
      allAnswered: ({ context }) => allAnswered(questionnaire, context.answers),
      hasAnswersAllGiven: ({ context }) =>
        Object.keys(context.answers).length > 0 && allAnswered(questionnaire, context.answers),
      restoresPrivacy: ({ event }) => restoring(event)?.screen === 'privacy',
      restoresStart: ({ event }) => restoring(event)?.screen === 'start',
      restoresHandover: ({ event }) => restoring(event)?.screen === 'handover',
      restoresQuestion: ({ context, event }) => {
        const location = restoring(event);
        return (
          location?.screen === 'question' &&
          canVisitStep(questionnaire, context.answers, location.stepId)
        );
      },
      restoresReview: ({ context, event }) =>
        restoring(event)?.screen === 'review' && allAnswered(questionnaire, context.answers),
      restoresResult: ({ context, event }) =>
        restoring(event)?.screen === 'result' && allAnswered(questionnaire, context.answers),
    },
    actions: {
      commitAnswer: assign({ answers: ({ context, event }) => committed(context, event) }),
      // With answers kept (a reload, or Back to the start), carry on where they end.
      goToFirstStep: assign({
        stepId: ({ context }) =>
          firstUnansweredStepId(questionnaire, context.answers) ??
          firstStepId(questionnaire, context.answers),
        returnToReview: false,
      }),
      setKeepOnReload: assign({
        keepOnReload: ({ event }) => (event.type === 'resume.set' ? event.keep : false),
      }),
      rememberReturnFromPrivacy: assign({
        returnFromPrivacy: ({ event }) => (event.type === 'privacy.open' ? event.from : undefined),
      }),
      goToNextStep: assign({
        stepId: ({ context }) =>
          context.stepId && nextStepId(questionnaire, context.answers, context.stepId),
      }),
      goToNextUnanswered: assign({
        stepId: ({ context }) =>
          context.stepId && nextUnansweredStepId(questionnaire, context.answers, context.stepId),
      }),
      goToFirstUnanswered: assign({
        stepId: ({ context }) => firstUnansweredStepId(questionnaire, context.answers),
        returnToReview: true,
      }),
      goToPreviousStep: assign({
        stepId: ({ context }) =>
          context.stepId && previousStepId(questionnaire, context.answers, context.stepId),
      }),
      goToLastStep: assign({
        stepId: ({ context }) => lastStepId(questionnaire, context.answers),
        returnToReview: false,
      }),
      goToChangedStep: assign({
        stepId: ({ event }) => (event.type === 'review.change' ? event.stepId : undefined),
        returnToReview: true,
      }),
      goToRestoredStep: assign({
        stepId: ({ event }) => {
          const location = restoring(event);
          return location?.screen === 'question' ? location.stepId : undefined;
        },
        returnToReview: false,
      }),
      endChange: assign({ returnToReview: false }),
      clearAnswers: assign(() => emptyContext),
    },
  }).createMachine({
    id: 'flow',
    initial: 'start',
    context: ({ input }) => ({
      ...emptyContext,
      answers: input?.answers ?? {},
      keepOnReload: input?.keepOnReload ?? false,
    }),
    on: {
      'flow.restart': { target: '.start', actions: 'clearAnswers' },
      'resume.set': { actions: 'setKeepOnReload' },
      'privacy.open': { target: '.privacy', actions: 'rememberReturnFromPrivacy' },
      'history.restore': [
        { guard: 'restoresStart', target: '.start' },
        { guard: 'restoresPrivacy', target: '.privacy' },
        { guard: 'restoresHandover', target: '.handover' },
        { guard: 'restoresQuestion', target: '.question', actions: 'goToRestoredStep' },
        { guard: 'restoresReview', target: '.review', actions: 'endChange' },
        { guard: 'restoresResult', target: '.result', actions: 'endChange' },
      ],
    },
    states: {
      start: {
        on: {
          'handover.open': { target: 'handover' },
          'flow.start': [
            { guard: 'hasAnswersAllGiven', target: 'review' },
            { target: 'question', actions: 'goToFirstStep' },
          ],
        },
      },
      privacy: {
        on: {
          'privacy.close': {
            actions: raise(({ context }) => ({
              type: 'history.restore' as const,
              location: context.returnFromPrivacy ?? { screen: 'start' as const },
            })),
          },
        },
      },
      handover: {
        on: { 'handover.close': { target: 'start' } },
      },
      question: {
        on: {
          'answer.submit': [
            {
              guard: and(['isCurrentStep', 'hasFollowUpToChange']),
              actions: ['commitAnswer', 'goToNextUnanswered'],
            },
            {
              guard: and(['isCurrentStep', 'isChangingFromReview']),
              target: 'review',
              actions: ['commitAnswer', 'endChange'],
            },
            {
              guard: and(['isCurrentStep', 'hasNextStep']),
              actions: ['commitAnswer', 'goToNextStep'],
            },
            { guard: 'isCurrentStep', target: 'review', actions: 'commitAnswer' },
          ],
          'nav.back': [
            // A change that left a follow-up unanswered cannot return to the review yet.
            {
              guard: and(['isChangingFromReview', 'allAnswered']),
              target: 'review',
              actions: 'endChange',
            },
            { guard: 'hasPreviousStep', actions: 'goToPreviousStep' },
            { target: 'start' },
          ],
        },
      },
      review: {
        on: {
          'review.change': {
            guard: 'canChangeStep',
            target: 'question',
            actions: 'goToChangedStep',
          },
          'review.confirm': [
            { guard: 'allAnswered', target: 'result' },
            // Never a silent button: an unanswered page is shown, then the review again.
            { target: 'question', actions: 'goToFirstUnanswered' },
          ],
          'nav.back': { target: 'question', actions: 'goToLastStep' },
        },
      },
      result: {
        on: { 'nav.back': { target: 'review' } },
      },
    },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
