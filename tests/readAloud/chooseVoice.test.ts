import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from '../../src/readAloud/chooseVoice';

const voice = (lang: string, name: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  lang,
  name,
  localService: true,
  default: false,
  ...extra,
});

describe('chooseVoice', () => {
  it("takes a voice for the page's language, whatever the region or separator", () => {
    const voices = [voice('en-US', 'Samantha'), voice('da_DK', 'Sara')];
    expect(chooseVoice(voices, 'da')?.name).toBe('Sara');
    expect(chooseVoice(voices, 'en')?.name).toBe('Samantha');
  });

  it("prefers the device's default voice for that language", () => {
    const voices = [voice('da-DK', 'Helle'), voice('da-DK', 'Sara', { default: true })];
    expect(chooseVoice(voices, 'da')?.name).toBe('Sara');
  });

  it('never uses a voice that speaks through a server, so no text leaves the device', () => {
    const voices = [voice('da-DK', 'Google dansk', { localService: false, default: true })];
    expect(chooseVoice(voices, 'da')).toBeUndefined();
    expect(chooseVoice([...voices, voice('da-DK', 'Helle')], 'da')?.name).toBe('Helle');
  });

  it('has none when the device has no voice for the language', () => {
    expect(chooseVoice([voice('en-GB', 'Daniel'), voice('de-DE', 'Anna')], 'da')).toBeUndefined();
    expect(chooseVoice([], 'da')).toBeUndefined();
  });
});
