import { describe, expect, it } from 'vitest';
import { readingChunks } from '../../src/readAloud/readingText';

function block(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('readingChunks', () => {
  it("reads a question's heading, hint and options in the order shown, one piece each", () => {
    const fieldset = block(`
      <fieldset>
        <legend><h1>Hvor gammel er du?</h1></legend>
        <div data-read-aloud-control=""><button>Læs op</button><p role="status">Læser op.</p></div>
        <p class="hint">Vælg det, der passer.</p>
        <div class="radios">
          <div class="choice"><input type="radio" value="a"><label>Under 15 år</label></div>
          <div class="choice"><input type="radio" value="b"><label>15–17 år</label>
            <p class="hint">Også hvis du snart fylder 18.</p></div>
          <p class="choice-divider">eller</p>
          <div class="choice"><input type="checkbox" value="none"><label>Ingen af disse</label></div>
        </div>
      </fieldset>`);
    expect(readingChunks(fieldset)).toEqual([
      'Hvor gammel er du?',
      'Vælg det, der passer.',
      'Under 15 år',
      '15–17 år',
      'Også hvis du snart fylder 18.',
      'eller',
      'Ingen af disse',
    ]);
  });

  it('leaves out what is not on screen: screen-reader-only text, hidden parts, closed disclosures', () => {
    const section = block(`
      <h2>Hjælp</h2>
      <p><span class="visually-hidden">Fejl:</span> Vælg et svar</p>
      <p hidden>Skjult</p>
      <ol aria-hidden="true"><li>Trin</li></ol>
      <p><a href="https://example.org">Giftlinjen<span class="visually-hidden"> (åbner i et nyt vindue)</span></a> svarer hele døgnet.</p>
      <details><summary>Hvorfor?</summary><p>Fordi du svarede ja.</p></details>
      <details open><summary>Mere</summary><p>Vist tekst.</p></details>
      <button>Print</button>`);
    expect(readingChunks(section)).toEqual([
      'Hjælp',
      'Vælg et svar',
      'Giftlinjen svarer hele døgnet.',
      'Hvorfor?',
      'Mere',
      'Vist tekst.',
    ]);
  });

  it('reads a picture by the label that says what it shows, and words inside a sentence as one', () => {
    const section = block(`
      <div role="img" aria-label="Din uge: 14 genstande. Anbefalingen: højst 10.">
        <p>Din uge</p><span>0</span><span>20</span>
      </div>
      <p>Du har <strong>3 tegn</strong> på problemer.</p>`);
    expect(readingChunks(section)).toEqual([
      'Din uge: 14 genstande. Anbefalingen: højst 10.',
      'Du har 3 tegn på problemer.',
    ]);
  });
});
