import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerStep, clickStart, longJourney } from './answering';
import { expectNoAxeViolations, useBrowser } from './journey';
import {
  expectNoHorizontalScroll,
  expectResult,
  expectReview,
  expectStart,
  expectStep,
} from './screens';
import { uiTexts } from './texts';

/*
 * The WCAG 2.2 AA checks the journeys do not make on their own: 200 % zoom, target size, reduced
 * motion and forced colours, each on every kind of screen (start, a radio page, a checkbox page, a
 * number page, the review, a long result and the clinician's summary).
 */

const ui = uiTexts.da;

/** A journey with every kind of page, ending on a long result with all three safety boxes. */
const plan = longJourney('clinician');
/** The pages checked on the way: one of each kind. */
const checkedSteps = new Set(['audience', 'substances', 'alcohol-typical-day', 'craving.which']);

/** Walks the journey in a context with these options, calling `check` on each screen of note. */
async function onEveryKindOfScreen(
  options: BrowserContextOptions,
  browser: ReturnType<ReturnType<typeof useBrowser>>,
  check: (page: Page, where: string) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await expectStart(page, ui);
    await check(page, 'start');
    await clickStart(page, ui);
    for (const [stepId, answer] of plan) {
      await expectStep(page, stepId);
      if (checkedSteps.has(stepId)) await check(page, stepId);
      await answerStep(page, ui, stepId, answer);
    }
    await expectReview(page, ui);
    await check(page, 'review');
    await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
    await expectResult(page);
    await check(page, 'result');
  } finally {
    await context.close();
  }
}

describe('accessibility in Chromium', () => {
  const browser = useBrowser();

  it('at 200 % zoom nothing scrolls sideways and the heading and buttons stay in view', async () => {
    // 1280 × 900 at 200 %: the page lays out in 640 × 450 CSS pixels.
    const zoomed = { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };
    await onEveryKindOfScreen(zoomed, browser(), async (page, where) => {
      await expectNoHorizontalScroll(page, 640, where);
      for (const target of [page.locator('main h1'), page.locator('main .button').first()]) {
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        expect(box, `${where}: in the layout`).not.toBeNull();
        expect(box && box.x >= 0 && box.x + box.width <= 640, `${where}: within the width`).toBe(
          true,
        );
      }
    });
  });

  it('every target is at least 24 × 24 px, or a link inside a sentence', async () => {
    await onEveryKindOfScreen(
      { viewport: { width: 375, height: 800 } },
      browser(),
      async (page, where) => {
        const small = await page.evaluate(() => {
          const selector =
            'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
          const inSentence = (element: Element) => {
            const parent = element.parentElement;
            const own = element.textContent?.trim() ?? '';
            return (
              element.tagName === 'A' &&
              parent !== null &&
              (parent.textContent?.trim().length ?? 0) > own.length
            );
          };
          return [...document.querySelectorAll(selector)].flatMap((element) => {
            const rect = element.getBoundingClientRect();
            const hidden =
              rect.width === 0 || rect.height === 0 || element.closest('.visually-hidden');
            if (hidden || element.classList.contains('skip-link') || inSentence(element)) return [];
            // A radio or checkbox is clicked through its label too: the two together are the target.
            const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
            const area = label
              ? {
                  width: Math.max(rect.right, label.getBoundingClientRect().right) - rect.left,
                  height: Math.max(rect.height, label.getBoundingClientRect().height),
                }
              : rect;
            if (area.width >= 24 && area.height >= 24) return [];
            const name = element.textContent?.trim() || element.getAttribute('value') || element.id;
            return [
              `${element.tagName.toLowerCase()} "${name}" ${Math.round(area.width)}×${Math.round(area.height)}`,
            ];
          });
        });
        expect(small, `targets under 24 × 24 px on ${where}`).toEqual([]);
      },
    );
  });

  it('with reduced motion asked for, nothing moves', async () => {
    await onEveryKindOfScreen({ reducedMotion: 'reduce' }, browser(), async (page, where) => {
      const moving = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) => {
          const style = getComputedStyle(element);
          const seconds = (list: string) => list.split(',').map((d) => parseFloat(d) || 0);
          const moves =
            (style.animationName !== 'none' && Math.max(...seconds(style.animationDuration)) > 0) ||
            Math.max(...seconds(style.transitionDuration)) > 0 ||
            style.scrollBehavior === 'smooth';
          return moves
            ? [element.tagName.toLowerCase() + (element.className ? `.${element.className}` : '')]
            : [];
        }),
      );
      expect(moving, `elements that move on ${where}`).toEqual([]);
    });
  });

  it('in forced colours, axe finds nothing and focus stays visible', async () => {
    await onEveryKindOfScreen({ forcedColors: 'active' }, browser(), async (page, where) => {
      await expectNoAxeViolations(page, `${where} in forced colours`);
      // Focus by keyboard, as :focus-visible shows it: onto the first control, off it and back.
      await page.locator('main input, main button:not(.link-button)').first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement ?? document.body);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, `${where}: the focus outline`).not.toBe('none');
      expect(outline.width, `${where}: the focus outline's width`).toBeGreaterThanOrEqual(2);
    });
  });

  it('announces each new page through a polite live region', async () => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      const region = page.locator('[data-page-announcer]');
      await expect.poll(() => region.getAttribute('aria-live')).toBe('polite');
      await clickStart(page, ui);
      await expect.poll(() => region.textContent()).toMatch(/^Spørgsmål 1 af cirka \d+$/);
      await page.getByRole('button', { name: ui.question.continue, exact: true }).click();
      await expect.poll(() => region.textContent()).toMatch(/^Fejl: Spørgsmål 1 af cirka \d+$/);
      await answerStep(page, ui, 'audience', 'self');
      await expect.poll(() => region.textContent()).toMatch(/^Spørgsmål 2 af cirka \d+$/);
    } finally {
      await context.close();
    }
  });
});
