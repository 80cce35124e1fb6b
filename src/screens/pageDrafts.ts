import { createContext, useContext, useEffect } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import type { Flow } from '../flow/flow';
import type { AnswerDraft } from '../questionnaire/answerSchema';

/**
 * What a person chose on a page but has not sent yet, kept in memory while they read the privacy
 * page, so that coming back shows the page as they left it. Any other way off the page forgets
 * the draft: the page then shows the committed answer, as the review does.
 */
export type PageDrafts = Map<string, AnswerDraft['answer']>;

const PageDraftsContext = createContext<PageDrafts>(new Map());

export const PageDraftsProvider = PageDraftsContext.Provider;

export function usePageDrafts(): PageDrafts {
  return useContext(PageDraftsContext);
}

/** Keeps the page's draft in `drafts` while the form changes, and forgets it unless the privacy page opened. */
export function useKeptDraft(
  drafts: PageDrafts,
  stepId: string,
  watch: UseFormWatch<AnswerDraft>,
  flow: Flow,
): void {
  useEffect(() => {
    const subscription = watch((values) => drafts.set(stepId, values.answer));
    return () => {
      subscription.unsubscribe();
      if (flow.view().location.screen !== 'privacy') drafts.delete(stepId);
    };
  }, [drafts, stepId, watch, flow]);
}
