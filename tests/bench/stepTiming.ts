import { chromium } from 'playwright-core';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { answerStep, clickStart } from '../browser/answering';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { expectReview, expectStart } from '../browser/screens';
import { uiTexts } from '../browser/texts';
import { benchJourney, journeyPlan } from '../../scripts/bench/journeyPlan';
import { median, percentile } from '../../scripts/bench/stats';

/** One press of Continue: the page it was pressed on, the page whose heading took focus, and when. */
export interface StepTime {
  from: string;
  to: string;
  ms: number;
}

export interface StepTiming {
  browserVersion: string;
  steps: StepTime[];
  medianMs: number;
  p90Ms: number;
  slowest: StepTime;
}

interface TimedWindow {
  benchStepTimes: StepTime[];
}

/**
 * Walks the bench journey (journeyPlan.ts) in Danish in Chromium on a phone-sized viewport, and
 * times each press of Continue in the page itself: from the click event's time stamp to the
 * `focusin` of the next page's h1 (a question's heading, or the review's after the last one).
 */
export async function measureStepTiming(baseUrl: string): Promise<StepTiming> {
  const ui = uiTexts.da;
  const plan = journeyPlan(realQuestionnaire, benchJourney);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expectStart(page, ui);
    await page.evaluate((continueLabel) => {
      const timed = window as unknown as TimedWindow;
      timed.benchStepTimes = [];
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      let pressed: { at: number; from: string } | undefined;
      // Capturing on window runs before React's own listeners on the root.
      window.addEventListener(
        'click',
        (event) => {
          const button = event.target instanceof Element ? event.target.closest('button') : null;
          if (button?.textContent?.trim() !== continueLabel) return;
          const shown = document.querySelector('main fieldset[data-item]');
          pressed = { at: event.timeStamp, from: shown?.getAttribute('data-item') ?? '?' };
        },
        true,
      );
      window.addEventListener(
        'focusin',
        (event) => {
          if (!pressed || !(event.target instanceof HTMLHeadingElement)) return;
          if (event.target.tagName !== 'H1') return;
          const ms = performance.now() - pressed.at;
          const shown = event.target.closest('fieldset[data-item]');
          const to = shown?.getAttribute('data-item') ?? 'review';
          timed.benchStepTimes.push({ from: pressed.from, to, ms });
          pressed = undefined;
        },
        true,
      );
    }, ui.question.continue);
    await clickStart(page, ui);
    for (const [stepId, answer] of plan) await answerStep(page, ui, stepId, answer);
    await expectReview(page, ui);
    await page
      .waitForFunction(
        (count) => (window as unknown as TimedWindow).benchStepTimes.length >= count,
        plan.length,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    const steps = await page.evaluate(() => (window as unknown as TimedWindow).benchStepTimes);
    if (steps.length !== plan.length) {
      throw new Error(
        `${plan.length} presses of Continue but ${steps.length} headings took focus: ${JSON.stringify(steps)}`,
      );
    }
    const times = steps.map((step) => step.ms);
    const slowest = steps.reduce((a, b) => (b.ms > a.ms ? b : a));
    return {
      browserVersion: browser.version(),
      steps,
      medianMs: median(times),
      p90Ms: percentile(times, 90),
      slowest,
    };
  } finally {
    await browser.close();
  }
}
