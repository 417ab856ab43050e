import { describe, expect, it } from 'vitest';
import { formatMoney, formatQuantity } from './money';

/** Intl puts no-break spaces (U+00A0, U+202F) between groups and before symbols. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('writes an amount with its currency the way each language does', () => {
    expect(formatMoney(120000, 'EUR', 'en')).toBe('€120,000');
    expect(plain(formatMoney(120000, 'EUR', 'ru'))).toBe('120 000 €');
    expect(plain(formatMoney('1500.00', 'KGS', 'ky'))).toBe('1 500 сом');
    expect(plain(formatMoney('1500.00', 'KGS', 'en'))).toBe('KGS 1,500');
  });

  it('shows cents only when there are any, from the API’s exact decimal strings', () => {
    expect(formatMoney('2500.50', 'USD', 'en')).toBe('$2,500.50');
    expect(plain(formatMoney('2500.50', 'USD', 'ru'))).toBe('2 500,50 $');
    expect(formatMoney('0.00', 'USD', 'en')).toBe('$0');
  });

  it('keeps an amount it cannot read as it came', () => {
    expect(formatMoney('n/a', 'EUR', 'en')).toBe('n/a EUR');
  });

  it('writes a result with its unit', () => {
    expect(formatQuantity(1200, 'women trained', 'en')).toBe('1,200 women trained');
    expect(plain(formatQuantity(1200, 'женщин', 'ru'))).toBe('1 200 женщин');
    expect(formatQuantity(40, null, 'en')).toBe('40');
    expect(formatQuantity(2.5, 'million som', 'en')).toBe('2.5 million som');
  });
});
