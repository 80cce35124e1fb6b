import { useTexts } from '../i18n/useTexts';
import { FlowOnlyProvider } from '../flow/FlowProvider';
import type { Flow, FlowView } from '../flow/flow';
import { startLanguage } from '../config/startLanguage';
import { isLanguage } from '../i18n/languages';
import { clearSnapshots } from '../privacy/answersSnapshot';
import { UrgentNumbers } from '../ui/UrgentNumbers';
import { QuickExit } from './QuickExit';

/** The start page in this language: `?lng=` only when it is not the language the app starts in. */
export function freshStartAddress(path: string, language: string): string {
  return isLanguage(language) && language !== startLanguage ? `${path}?lng=${language}` : path;
}

/** Answers kept for a reload would come back after "Start again": they go first. */
function forgetKeptAnswers(): void {
  try {
    clearSnapshots(window.sessionStorage);
  } catch {
    // Storage unavailable: then nothing was kept in it either.
  }
}

const emptyView: FlowView = { location: { screen: 'start' }, answers: {}, keepOnReload: false };

/** Before any flow exists there are no answers in memory: quick exit only wipes storage and leaves. */
const noFlow: Flow = {
  view: () => emptyView,
  subscribe: () => () => undefined,
  send: () => undefined,
};

/**
 * Shown when a page fails to render: quick exit (the button and its shortcuts) as on every page,
 * the urgent numbers, and a fresh start in the same language.
 */
/** The flow at work, kept where the error page can reach it: it stands outside the flow. */
export class CurrentFlow {
  private flow: Flow | undefined;
  set(flow: Flow): void {
    this.flow = flow;
  }
  get(): Flow {
    return this.flow ?? noFlow;
  }
}

export function ErrorPage({ current }: { current?: CurrentFlow }) {
  const { t, language } = useTexts();
  const flow = current?.get() ?? noFlow;
  return (
    <FlowOnlyProvider flow={flow}>
      <header className="header">
        <div className="width-container header__inner">
          <span className="header__name">{t('app.name')}</span>
          <QuickExit />
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" className="main">
          <h1 className="heading-l">{t('errorPage.title')}</h1>
          <p>{t('errorPage.body')}</p>
          <p>{t('errorPage.urgent')}</p>
          <UrgentNumbers ids={['emergency-112', 'livslinien', 'giftlinjen']} />
          <a
            className="button"
            href={freshStartAddress(window.location.pathname, language)}
            onClick={forgetKeptAnswers}
          >
            {t('errorPage.restart')}
          </a>
        </main>
      </div>
    </FlowOnlyProvider>
  );
}
