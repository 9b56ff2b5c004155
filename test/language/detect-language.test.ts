import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect-language.js';
import { segment } from '../../src/segment/index.js';

const detect = (text: string, options = {}) => detectLanguage(segment(text), options);

describe('detectLanguage', () => {
  it.each([
    [
      'fra',
      'Le président a déclaré lundi que les négociations avec les pays voisins reprendraient la semaine prochaine dans la capitale.',
    ],
    [
      'deu',
      'Der Präsident sagte am Montag, dass die Verhandlungen mit den Nachbarländern in der nächsten Woche fortgesetzt werden.',
    ],
    [
      'nld',
      'De president zei maandag dat de onderhandelingen met de buurlanden volgende week in de hoofdstad worden hervat.',
    ],
    [
      'rus',
      'Президент заявил в понедельник, что переговоры с соседними странами возобновятся на следующей неделе в столице.',
    ],
    [
      'ukr',
      'Президент заявив у понеділок, що переговори з сусідніми країнами відновляться наступного тижня у столиці.',
    ],
    [
      'eng',
      'The president said on Monday that the talks with the neighbouring countries would resume next week in the capital, and that he was hopeful about them.',
    ],
  ])('%s', (code, text) => {
    expect(detect(text).code).toBe(code);
  });

  it('takes ISO 639-1 codes in `only` as well as ISO 639-3 (en → eng, uk → ukr)', () => {
    const text =
      'The president said on Monday that the talks with the neighbouring countries would resume next week in the capital.';
    expect(detect(text, { only: ['en', 'de'], englishShortcut: false }).code).toBe('eng');
    expect(detect(text, { only: ['eng', 'deu'], englishShortcut: false }).code).toBe('eng');
    const uk =
      'Президент заявив у понеділок, що переговори з сусідніми країнами відновляться наступного тижня у столиці.';
    expect(detect(uk, { only: ['uk', 'ru'] }).code).toBe('ukr');
  });

  it.each([
    [
      'ekk',
      'et',
      'Eesti Vabariigi valitsus kiitis neljapäeval heaks uue eelarve, mis näeb ette kaitsekulutuste suurendamist järgmisel aastal.',
    ],
    [
      'lvs',
      'lv',
      'Latvijas valdība ceturtdien apstiprināja jauno budžetu, kas paredz aizsardzības izdevumu palielināšanu nākamajā gadā.',
    ],
  ])('finds %s (franc’s code) by default and through its ISO 639-1 code %s', (code, iso1, text) => {
    expect(detect(text).code).toBe(code);
    expect(detect(text, { only: [iso1, 'en'] }).code).toBe(code);
  });

  it.each<[unknown, string | RegExp]>([
    ['text', /detectLanguage needs a segmentation .* got string/],
    [null, /detectLanguage needs a segmentation .* got null/],
  ])('rejects %j in place of a segmentation', (segmentation, message) => {
    expect(() => detectLanguage(segmentation as never)).toThrow(message);
  });

  it('reads paragraphs before the title', () => {
    const text =
      'Путин: переговоры продолжатся\n\nThe president said on Monday that the talks with the neighbouring countries would resume next week.';
    expect(detect(text).code).toBe('eng');
  });

  it('says und with confidence 0 for too little text', () => {
    expect(detect('Breaking.')).toEqual({ code: 'und', confidence: 0 });
  });

  const news = new URL('../../../shared/dev/quotes/polnear-dev.json', import.meta.url);
  it.skipIf(!existsSync(news))('the English shortcut agrees with franc on every dev article', () => {
    const texts = (JSON.parse(readFileSync(news, 'utf8')) as { text: string }[]).map((d) => d.text);
    for (const text of texts) {
      expect(detect(text).code).toBe(detect(text, { englishShortcut: false }).code);
    }
  });

  it('the shortcut never fires on other Latin-script languages', () => {
    const text =
      'De president zei maandag dat de onderhandelingen met de buurlanden volgende week in de hoofdstad worden hervat, volgens een verklaring van zijn kabinet die door verschillende media is overgenomen en besproken.';
    expect(detect(text).code).toBe('nld');
  });
});
