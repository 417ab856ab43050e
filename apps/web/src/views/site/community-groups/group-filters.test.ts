import { describe, expect, it } from 'vitest';
import {
  groupApiFilters,
  groupFiltersToQuery,
  hasGroupFilters,
  readGroupFilters,
} from './group-filters';

describe('groups filters in the URL', () => {
  it('reads the filters the API accepts and leaves out the rest', () => {
    expect(
      readGroupFilters({
        kind: 'maternal_school',
        region: 'jalal-abad-oblast',
        district: 'bazar-korgon-district',
        project: 'capacity-building-of-womens-csos',
        status: 'active',
        view: 'map',
      }),
    ).toEqual({
      kind: 'maternal_school',
      region: 'jalal-abad-oblast',
      district: 'bazar-korgon-district',
      project: 'capacity-building-of-womens-csos',
      status: 'active',
    });
    expect(
      readGroupFilters({ kind: 'choir', region: 'Not A Slug', status: 'sleeping', project: '' }),
    ).toEqual({});
  });

  it('keeps a district only with its oblast, and the first of repeated values', () => {
    expect(readGroupFilters({ district: 'bazar-korgon-district' })).toEqual({});
    expect(readGroupFilters({ kind: ['association', 'maternal_school'] })).toEqual({
      kind: 'association',
    });
  });

  it('writes only what is set, in a fixed order, keeping the view', () => {
    expect(
      groupFiltersToQuery(
        { status: 'closed', region: 'osh-oblast', kind: 'self_help_group' },
        { view: 'map' },
      ),
    ).toEqual({ view: 'map', kind: 'self_help_group', region: 'osh-oblast', status: 'closed' });
    expect(hasGroupFilters({})).toBe(false);
    expect(hasGroupFilters({ project: 'ray-of-light' })).toBe(true);
  });

  it('asks the API for the district when one is chosen, else the oblast', () => {
    expect(groupApiFilters({ region: 'jalal-abad-oblast' })).toEqual({
      place: 'jalal-abad-oblast',
    });
    expect(
      groupApiFilters({
        region: 'jalal-abad-oblast',
        district: 'bazar-korgon-district',
        kind: 'maternal_school',
      }),
    ).toEqual({ kind: 'maternal_school', place: 'bazar-korgon-district' });
  });
});
