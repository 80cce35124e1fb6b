import { within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atResult } from '../support/renderApp';

const drinker = {
  audience: 'self',
  'age-group': '36-64',
  substances: ['alcohol'],
  'alcohol-days': 5,
  'alcohol-typical-day': 6,
  craving: 'yes',
};

/** What is handed to the browser to download: the link's address and file name, and the file. */
function catchDownloads() {
  const downloads: { href: string; download: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no object URLs: these stand in for the browser's, as blob: addresses.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:${location.origin}/${(next += 1)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ href: this.href, download: this.download, blob });
  });
  return { downloads, revoke };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// A whole journey restored and rendered in jsdom takes seconds on a shared machine.
describe('Min plan', () => {
  it('opens from one button, and reads back what is chosen', async () => {
    const { user, main } = await atResult(drinker);
    const plan = within(main).getByRole('region', { name: 'Min plan' });
    const open = within(plan).getByRole('button', { name: 'Lav min plan' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(within(plan).queryByRole('checkbox')).toBeNull();

    await user.click(open);
    expect(within(plan).getByRole('button', { name: 'Skjul min plan' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.selectOptions(within(plan).getByLabelText('Dage uden alkohol om ugen'), '3');
    await user.selectOptions(
      within(plan).getByLabelText('Højst så mange genstande på en dag'),
      '2',
    );
    await user.click(within(plan).getByRole('checkbox', { name: 'Min egen læge' }));
    const firstCall = within(plan).getByRole('group', { name: 'Hvem vil du kontakte først?' });
    await user.click(within(firstCall).getByRole('radio', { name: 'Alkolinjen på 80 200 500' }));
    await user.click(
      within(plan).getByRole('checkbox', { name: 'Gå en tur eller komme ud af huset' }),
    );
    await user.type(within(plan).getByLabelText('Med mine egne ord (hvis du vil)'), 'Spille musik');
    await user.click(within(plan).getByRole('radio', { name: 'Om 8 uger' }));

    const summary = within(plan).getByRole('heading', { name: 'Din plan lige nu' }).parentElement;
    if (!summary) throw new Error('no summary');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Jeg holder 3 dage uden alkohol om ugen.',
      'Jeg drikker højst 2 genstande på en dag.',
      'Jeg vil tale med: min egen læge.',
      'Først kontakter jeg: Alkolinjen på 80 200 500.',
      'På en svær dag vil jeg: gå en tur eller komme ud af huset, Spille musik.',
      'Jeg tager tjekket igen om 8 uger.',
    ]);
  });

  it('downloads the reminder from a blob: link, and writes nothing to storage', async () => {
    const { user, main } = await atResult(drinker);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { downloads, revoke } = catchDownloads();
    const plan = within(main).getByRole('region', { name: 'Min plan' });
    await user.click(within(plan).getByRole('button', { name: 'Lav min plan' }));
    await user.click(within(plan).getByRole('checkbox', { name: 'Min egen læge' }));
    await user.type(within(plan).getByLabelText('Med mine egne ord (hvis du vil)'), 'Spille musik');
    await user.click(within(plan).getByRole('radio', { name: 'Om 2 uger' }));
    await user.click(within(plan).getByRole('button', { name: 'Mind mig om at tjekke igen' }));

    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    if (!file) throw new Error('no download');
    expect(file.href).toMatch(/^blob:/);
    expect(file.download).toBe('tjek-igen.ics');
    expect(revoke).toHaveBeenCalledWith(file.href);
    const ics = await file.blob.text();
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    expect(new ICAL.Event(vevent).summary).toBe('Tjek igen');
    expect(ics).not.toMatch(/Spille musik|alkohol|alcohol/i);
    expect(setItem).not.toHaveBeenCalled();
  });

  it("speaks to a relative about the person, and offers the relative's own help", async () => {
    const { user, main } = await atResult({
      audience: 'relative',
      relationship: 'partner',
      'age-group': '36-64',
      substances: ['alcohol'],
      craving: 'yes',
      'relative-worry': 'yes',
    });
    const plan = within(main).getByRole('region', { name: 'Min plan' });
    await user.click(within(plan).getByRole('button', { name: 'Lav min plan' }));
    const raise = within(plan).getByRole('group', {
      name: 'Hvordan vil du tage det op med personen?',
    });
    await user.click(
      within(raise).getByRole('checkbox', { name: 'Vælge et roligt tidspunkt, hvor vi har tid' }),
    );
    await user.click(within(plan).getByRole('checkbox', { name: 'Al-Anon på 70 20 90 93' }));
    expect(within(plan).getByText('Støtte til mig selv: Al-Anon på 70 20 90 93.')).toBeVisible();
    expect(within(plan).queryByLabelText('Dage uden alkohol om ugen')).toBeNull();
  });

  it("is not on a clinician's result", async () => {
    const { main } = await atResult({ ...drinker, audience: 'clinician' });
    expect(within(main).queryByRole('region', { name: 'Min plan' })).toBeNull();
    expect(within(main).queryByRole('button', { name: 'Lav min plan' })).toBeNull();
  });
});
