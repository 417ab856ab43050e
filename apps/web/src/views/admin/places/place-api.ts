import type { Schemas } from '@jaryk/client';
import { staffResource } from '../shared/staff-resource';

export type PlaceDocument = Schemas['PlaceDocument'];
export type PlaceCreate = Schemas['PlaceCreate'];
export type PlaceUpdate = Schemas['PlaceUpdate'];

export const places = staffResource<PlaceDocument, PlaceCreate, PlaceUpdate>('places');
