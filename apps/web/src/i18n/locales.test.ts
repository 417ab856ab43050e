import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';

describe('pickLocale', () => {
  it.each([
    [['ky-KG', 'ru'], 'ky'],
    [['de', 'en-US', 'ru'], 'en'],
    [['RU'], 'ru'],
    [['fr', 'de'], 'ru'],
    [[], 'ru'],
  ])('%j -> %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });
});
