import { describe, expect, it } from 'vitest';
import { apiFilters, filtersToQuery, readFilters } from './event-filters';

describe('event filters in the URL', () => {
  it('reads every filter', () => {
    expect(
      readFilters({
        region: 'jalal-abad-oblast',
        district: 'bazar-korgon-district',
        from: '2022-01-01',
        to: '2022-12-31',
        partner: 'eraiym',
        project: 'ray-of-light',
        format: 'workshop',
        when: 'past',
        series: 'harassment-workshops-2022',
        page: '2',
      }),
    ).toEqual({
      region: 'jalal-abad-oblast',
      district: 'bazar-korgon-district',
      from: '2022-01-01',
      to: '2022-12-31',
      partner: 'eraiym',
      project: 'ray-of-light',
      format: 'workshop',
      when: 'past',
      series: 'harassment-workshops-2022',
    });
  });

  it('leaves out what the API would refuse', () => {
    expect(
      readFilters({
        region: 'Jalal Abad',
        district: 'bazar-korgon-district',
        from: '2022-13-45',
        to: '31.12.2022',
        format: 'party',
        when: 'soon',
        partner: ['eraiym', 'other'],
        project: '',
      }),
    ).toEqual({ partner: 'eraiym' });
  });

  it('writes only what is set, keeping other parameters', () => {
    expect(filtersToQuery({ district: undefined, format: 'training' }, { view: 'map' })).toEqual({
      view: 'map',
      format: 'training',
    });
  });

  it('filters the API on the district when there is one, else on the oblast', () => {
    expect(apiFilters({ region: 'osh-oblast', when: 'upcoming' })).toEqual({ place: 'osh-oblast' });
    expect(apiFilters({ region: 'osh-oblast', district: 'kara-suu-district' })).toEqual({
      place: 'kara-suu-district',
    });
  });
});
