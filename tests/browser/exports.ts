import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { downloadFrom, type DownloadedFile } from './journey';
import { resultMain } from './screens';
import type { HandoverTexts, UiTexts } from './texts';

/*
 * What a person or a clinician can take away from the page: the FHIR files, the hand-over code,
 * and the intake summary printed.
 */

/** A downloaded JSON file, parsed. */
export interface JsonFile extends DownloadedFile {
  json: Record<string, unknown>;
}

async function downloadJson(page: Page, buttonName: string): Promise<JsonFile> {
  const button = page.getByRole('button', { name: buttonName, exact: true });
  const file = await downloadFrom(page, () => button.click());
  return { ...file, json: JSON.parse(file.text) as Record<string, unknown> };
}

/** From a clinician's result: both FHIR downloads, the Questionnaire and the QuestionnaireResponse. */
export async function downloadFhirFiles(
  page: Page,
  texts: HandoverTexts,
): Promise<{ questionnaire: JsonFile; response: JsonFile }> {
  const questionnaire = await downloadJson(page, texts.fhir.questionnaire);
  const response = await downloadJson(page, texts.fhir.response);
  return { questionnaire, response };
}

/** Every key used anywhere in a JSON value, however deep. */
export function jsonKeys(value: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        keys.add(key);
        visit(child);
      }
    }
  };
  visit(value);
  return keys;
}

/** Every `linkId` in a FHIR item tree (items, and items nested under answers). */
export function linkIds(resource: unknown): string[] {
  const ids: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const { linkId } = node as { linkId?: unknown };
      if (typeof linkId === 'string') ids.push(linkId);
      Object.values(node).forEach(visit);
    }
  };
  visit(resource);
  return ids;
}

/** The item with `linkId` anywhere in a FHIR item tree. */
export function findItem(
  resource: unknown,
  linkId: string,
): { linkId: string; answer?: Record<string, unknown>[] } | undefined {
  if (Array.isArray(resource)) {
    for (const node of resource) {
      const found = findItem(node, linkId);
      if (found) return found;
    }
  } else if (typeof resource === 'object' && resource !== null) {
    if ((resource as { linkId?: unknown }).linkId === linkId)
      return resource as { linkId: string; answer?: Record<string, unknown>[] };
    for (const child of Object.values(resource)) {
      const found = findItem(child, linkId);
      if (found) return found;
    }
  }
  return undefined;
}

/** On a person's own result: "Show the code", then the code as shown (`RT1-…`), and its QR. */
export async function showHandoverCode(page: Page, texts: HandoverTexts): Promise<string> {
  const section = resultMain(page).getByRole('region', { name: texts.share.title, exact: true });
  await section.getByRole('button', { name: texts.share.show, exact: true }).click();
  const code = section.locator('code[data-handover-code]');
  await code.waitFor({ timeout: 5_000 });
  expect(
    await section.getByRole('img', { name: texts.share.qrLabel, exact: true }).count(),
    'the QR code',
  ).toBe(1);
  return ((await code.textContent()) ?? '').trim();
}

/** The print button for a clinician's summary (result page or import view). */
export function printSummaryButton(page: Page, ui: UiTexts): Locator {
  return page.getByRole('button', { name: ui.result.actions.print_clinician, exact: true });
}

/** The page as printed on A4 (print media, the stylesheet's @page), as PDF bytes. */
export async function printToA4(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/**
 * The number of pages in a PDF as Chromium writes it: its page objects (`/Type /Page`, not the
 * `/Type /Pages` tree above them), checked against the page tree's own `/Count`.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  const treeCount = counts.length > 0 ? Math.max(...counts) : pages;
  expect(pages, 'page objects agree with the page tree').toBe(treeCount);
  return pages;
}
