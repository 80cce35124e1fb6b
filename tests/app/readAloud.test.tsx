import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VoiceLike } from '../../src/readAloud/chooseVoice';
import { stopReading } from '../../src/readAloud/stopReading';
import { atResult, renderApp, startForSelf } from '../support/renderApp';

// Quick exit leaves for another address, which jsdom cannot do: record that it was asked to.
const leavePage = vi.hoisted(() => vi.fn());
vi.mock('../../src/privacy/leavePage', () => ({ leavePage, quickExitDestination: 'about:blank' }));

type Said = { speak: string; lang: string; voice: string | undefined } | 'cancel';

class RecordedUtterance {
  lang = '';
  voice: VoiceLike | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

/** The browser's speech synthesis as a recorder: what was said, in which language, and each cancel. */
class RecordedSpeech extends EventTarget {
  said: Said[] = [];
  listenersAdded = 0;
  queue: RecordedUtterance[] = [];
  constructor(public voices: VoiceLike[]) {
    super();
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listenersAdded += 1;
    super.addEventListener(...args);
  }
  getVoices() {
    return this.voices;
  }
  speak(utterance: RecordedUtterance) {
    this.said.push({ speak: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
    this.queue.push(utterance);
  }
  cancel() {
    this.said.push('cancel');
    this.queue = [];
  }
  /** The device says everything queued, to the end. */
  finish() {
    const queued = this.queue;
    this.queue = [];
    act(() => queued.forEach((u) => u.onend?.()));
  }
  spoken() {
    return this.said.flatMap((s) => (s === 'cancel' ? [] : [s.speak]));
  }
}

const voice = (lang: string, name: string, localService = true): VoiceLike => ({
  lang,
  name,
  localService,
  default: false,
});
const deviceVoices = [voice('en-GB', 'Daniel'), voice('da-DK', 'Sara')];

let speech: RecordedSpeech;
function install(voices: VoiceLike[]) {
  speech = new RecordedSpeech(voices);
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', RecordedUtterance);
}

beforeEach(() => install(deviceVoices));
afterEach(() => {
  // The choice lives in memory for the session: each test starts with reading off.
  stopReading(true);
  vi.unstubAllGlobals();
  leavePage.mockClear();
});

/**
 * The age question as a person sees it, found the way a user finds it: the heading, its hint, then
 * each option's label, in order.
 */
function shownAgeQuestion(): string[] {
  const group = screen.getByRole('group', { name: 'Hvor gammel er du?' });
  const hint = group.getAttribute('aria-describedby') ?? '';
  return [
    within(group).getByRole('heading', { level: 1 }).textContent,
    document.getElementById(hint)?.textContent,
    ...within(group)
      .getAllByRole('radio')
      .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
  ].map((text) => text ?? '');
}

async function atAgeQuestion(language: 'da' | 'en' = 'da') {
  const app = await renderApp(language);
  await startForSelf(app.user);
  return app;
}

/** Answers the age question and moves on, with what was said so far cleared from the record. */
async function toSubstancesPage(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('radio', { name: '25–35 år' }));
  speech.said = [];
  await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
  await screen.findByRole('heading', {
    level: 1,
    name: 'Hvad har du brugt inden for de seneste 12 måneder?',
  });
}

const readButton = () => screen.getByRole('button', { name: 'Læs op' });

describe('"Læs op" on a question page', { timeout: 20_000 }, () => {
  it('reads the question and its options in the order shown, in Danish, and the same button stops it', async () => {
    const { user } = await atAgeQuestion();
    const shown = shownAgeQuestion();
    expect(shown.length, 'a heading, a hint and options').toBeGreaterThan(3);
    expect(shown.every((text) => text.trim() !== '')).toBe(true);
    await user.click(readButton());
    await screen.findByText('Læser op.');
    expect(speech.spoken()).toEqual(shown);
    expect(speech.said.filter((s) => s !== 'cancel').map((s) => [s.lang, s.voice])).toEqual(
      shown.map(() => ['da-DK', 'Sara']),
    );

    await user.click(screen.getByRole('button', { name: 'Stop oplæsning' }));
    expect(speech.said.at(-1)).toBe('cancel');
    expect(screen.getByText('Oplæsningen er stoppet.')).toHaveAttribute('aria-live', 'polite');
    expect(readButton()).toBeInTheDocument();
  });

  it('reads an English page with an English voice', async () => {
    const { user } = await atAgeQuestion('en');
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await screen.findByText('Reading aloud.');
    expect(speech.spoken()[0]).toBe('How old are you?');
    expect(speech.said.filter((s) => s !== 'cancel').every((s) => s.lang === 'en-GB')).toBe(true);
  });

  it('stops on a page change and reads the next page by itself while reading is chosen', async () => {
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    await screen.findByText('Læser op.');
    await toSubstancesPage(user);
    await waitFor(() => expect(speech.spoken().length).toBeGreaterThan(0));
    expect(speech.said[0], 'the first page is cut off before the next is read').toBe('cancel');
    expect(speech.spoken()[0]).toBe('Hvad har du brugt inden for de seneste 12 måneder?');
    expect(screen.getByRole('button', { name: 'Stop oplæsning' })).toBeInTheDocument();

    // Read to the end: the choice stays, the button is ready again.
    speech.finish();
    expect(readButton()).toBeInTheDocument();
  });

  it('stops when the person moves to a page that is not read, such as the start page', async () => {
    const { user } = await renderApp('da');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(readButton());
    await screen.findByText('Læser op.');
    speech.said = [];
    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    await screen.findByRole('button', { name: 'Start' });
    expect(speech.said).toEqual(['cancel']);
  });

  it('stops when the language changes, so Danish is not read on an English page', async () => {
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    await screen.findByText('Læser op.');
    speech.said = [];
    await user.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'How old are you?' });
    expect(speech.said).toEqual(['cancel']);
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('Escape stops reading and turns it off for the next pages', async () => {
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    await screen.findByText('Læser op.');
    await user.keyboard('{Escape}');
    expect(speech.said.at(-1)).toBe('cancel');
    expect(await screen.findByText('Oplæsningen er stoppet.')).toBeInTheDocument();

    await toSubstancesPage(user);
    expect(speech.spoken(), 'nothing read after Escape').toEqual([]);
    expect(readButton()).toBeInTheDocument();
  });

  it('quick exit cuts reading off before leaving, and forgets that reading was chosen', async () => {
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    await screen.findByText('Læser op.');
    speech.said = [];
    await user.click(screen.getByRole('link', { name: 'Forlad siden' }));
    expect(leavePage).toHaveBeenCalledOnce();
    expect(speech.said).toEqual(['cancel']);

    await startForSelf(user);
    await screen.findByRole('heading', { level: 1, name: 'Hvor gammel er du?' });
    expect(speech.spoken(), 'the next person does not hear the page read').toEqual([]);
  });

  it('says so plainly when the device has no Danish voice of its own, also once its voices load', async () => {
    // A Danish voice that speaks through a server would send the answers away: it does not count.
    install([]);
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    speech.voices = [voice('en-GB', 'Daniel'), voice('da-DK', 'Google dansk', false)];
    await waitFor(() => expect(speech.listenersAdded).toBe(1));
    act(() => speech.dispatchEvent(new Event('voiceschanged')));
    expect(
      await screen.findByText('Din enhed har ingen dansk stemme, så den kan ikke læse op.'),
    ).toHaveAttribute('aria-live', 'polite');
    expect(speech.spoken()).toEqual([]);
    expect(readButton()).toBeInTheDocument();
  });

  it('reads once the voices have loaded, when the device lists them late', async () => {
    install([]);
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    await waitFor(() => expect(speech.listenersAdded).toBe(1));
    speech.voices = deviceVoices;
    act(() => speech.dispatchEvent(new Event('voiceschanged')));
    await screen.findByText('Læser op.');
    expect(speech.spoken()).toEqual(shownAgeQuestion());
  });

  it('says so when the browser cannot speak at all', async () => {
    vi.unstubAllGlobals();
    const { user } = await atAgeQuestion();
    await user.click(readButton());
    expect(await screen.findByText('Din browser kan ikke læse op.')).toBeInTheDocument();
  });
});

describe('"Læs op" on the result', { timeout: 20_000 }, () => {
  it('reads only its own section, heading first', async () => {
    const { user } = await atResult({ substances: ['alcohol'] });
    const help = screen.getByRole('region', { name: 'Hjælp til dig' });
    await user.click(within(help).getByRole('button', { name: 'Læs op' }));
    await screen.findByText('Læser op.');
    const spoken = speech.spoken();
    expect(spoken[0]).toBe('Hjælp til dig');
    expect(spoken.join(' ')).not.toContain('Dit resultat');
    expect(spoken.join(' ')).not.toContain('Læs op');
    expect(screen.getAllByRole('button', { name: 'Læs op' }).length).toBeGreaterThan(2);
  });
});
