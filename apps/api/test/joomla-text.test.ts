import { describe, expect, it } from 'vitest';
import {
  splitByline,
  takeBodyByline,
  type PlaceCandidate,
} from '../src/modules/joomla-import/bylines.js';
import { parsePairs } from '../src/modules/joomla-import/cli.js';
import { readProjectFacts } from '../src/modules/joomla-import/project-facts.js';
import {
  findImages,
  joomlaArticleIdOfHref,
  removePluginTags,
  slugOfItem,
  takeLeadingDate,
} from '../src/modules/joomla-import/text.js';

/** The text work of the Joomla import, case by case (no database). */

const PLACES: PlaceCandidate[] = [
  { id: 1, kind: 'city', names: ['Osh', 'Ош'] },
  { id: 2, kind: 'oblast', names: ['Osh oblast', 'Ошская область', 'Ош облусу'] },
  { id: 3, kind: 'oblast', names: ['Jalal-Abad oblast', 'Джалал-Абадская область', 'Jalalabad'] },
  { id: 4, kind: 'city', names: ['Bishkek', 'Бишкек'] },
];

describe('joomla import: text', () => {
  it('makes slugs from aliases, or from the title when Joomla made the alias up', () => {
    expect(slugOfItem('harassment-is-a-special-kind', 'x')).toBe('harassment-is-a-special-kind');
    expect(slugOfItem('2021-05-10-05-00-00', 'Теплицы в Сейдикуме')).toBe('teplitsy-v-seydikume');
    expect(slugOfItem('', 'Өз ара жардам тобу')).toBe('oz-ara-zhardam-tobu');
  });

  it('reads the date heading an article in Bishkek time, with a colon or a dot', () => {
    expect(takeLeadingDate('<p>07.03.2022 19:05</p><p>Text</p>')).toEqual({
      publishAt: '2022-03-07T13:05:00.000Z',
      html: '<p></p><p>Text</p>',
    });
    expect(takeLeadingDate('<p><strong>01.01.2020</strong>&nbsp;03.15 Text</p>')?.publishAt).toBe(
      '2019-12-31T21:15:00.000Z',
    );
    expect(takeLeadingDate('<p>31.02.2022 10:00</p>')).toBeNull();
    expect(takeLeadingDate('<p>Text 07.03.2022 19:05</p>')).toBeNull();
  });

  it('removes plugin tags with what paired ones enclose', () => {
    expect(removePluginTags('<p>a{loadposition share}b{gallery}x/y{/gallery}c</p>')).toEqual({
      html: '<p>abc</p>',
      removed: ['gallery', 'loadposition'],
    });
  });

  it('tells runs of images (a gallery) from lone ones', () => {
    const body = findImages(
      '<p>Text <img src="images/a.jpg"> more</p><p><a href="images/b.jpg"><img src="images/b.jpg" alt="B"></a> <br><img src="images/c.jpg" title="C"></p><p>End</p>',
    );
    expect(body.runs).toEqual([
      [
        { src: 'images/b.jpg', alt: 'B' },
        { src: 'images/c.jpg', alt: 'C' },
      ],
    ]);
    expect(body.singles).toEqual([{ src: 'images/a.jpg', alt: null }]);
    expect(body.render(() => '<img src="/media/x.jpg">', { runsToGallery: true })).toBe(
      '<p>Text <img src="/media/x.jpg"> more</p><p>End</p>',
    );
  });

  it('recognises links to Joomla articles', () => {
    expect(joomlaArticleIdOfHref('/en/news/30-news/1836-title.html', [])).toBe(1836);
    expect(
      joomlaArticleIdOfHref('index.php?option=com_content&view=article&id=12:x&catid=3', []),
    ).toBe(12);
    expect(joomlaArticleIdOfHref('https://www.eraiym.kg/ru/a/370-b.html', ['eraiym.kg'])).toBe(370);
    expect(joomlaArticleIdOfHref('https://other.org/ru/a/370-b.html', ['eraiym.kg'])).toBeNull();
  });

  it('splits bylines into name and place or role', () => {
    expect(splitByline('Erlan Davlatov, Osh Oblast', PLACES)).toMatchObject({
      name: 'Erlan Davlatov',
      placeId: 2,
    });
    expect(splitByline('Айгуль Т., Ошская область', PLACES)).toMatchObject({ placeId: 2 });
    expect(splitByline('Erlan Davlatov, Osh', PLACES)).toMatchObject({ placeId: 1 });
    expect(splitByline('Erlan Davlatov, Jalal-Abad region', PLACES)).toMatchObject({ placeId: 3 });
    expect(splitByline('Aizada K., press secretary', PLACES)).toMatchObject({
      name: 'Aizada K.',
      placeId: null,
      role: 'press secretary',
    });
    expect(takeBodyByline('<p>Text.</p><p>Thanks to everyone, partners</p>', PLACES)).toBeNull();
    expect(
      takeBodyByline('<p>Text.</p><p>Erlan Davlatov, г. Бишкек</p>', PLACES)?.byline,
    ).toMatchObject({
      placeId: 4,
    });
  });

  it('reads budgets and phases only when they are unambiguous', () => {
    expect(readProjectFacts('<p>Budget: 1,200,000 USD</p>').budget).toEqual({
      amount: '1200000',
      currency: 'USD',
    });
    expect(readProjectFacts('<p>Budget: 1.5 million som</p>').budget).toBeNull();
    const years = readProjectFacts('<p>Phase I: 2015 – 2017</p>');
    expect(years.phases).toEqual([{ label: 'I', startsOn: null, endsOn: null }]);
    expect(years.warnings).toContain(
      'phase periods given in years only: their dates are left empty',
    );
  });

  it('reads a pairs file', () => {
    expect(parsePairs('joomla_id,joomla_id\n# note\n1,2\n\n3; 4\n', 'p.csv')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(() => parsePairs('1,2\nx', 'p.csv')).toThrow(/p.csv:2/);
  });
});
