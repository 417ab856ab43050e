import type { Schemas } from '@jaryk/client';
import { staffResource } from '../shared/staff-resource';

export type EventDocument = Schemas['EventDocument'];
export type EventCreate = Schemas['EventCreate'];
export type EventUpdate = Schemas['EventUpdate'];
export type EventTranslation = Schemas['EventTranslationInput'];
export type EventPartnerRole = Schemas['EventPartnerInput']['role'];

export const events = staffResource<EventDocument, EventCreate, EventUpdate>('events');
export const organizations = staffResource('organizations');
export const projects = staffResource('projects');
export const eventSeries = staffResource('event-series');
export const articles = staffResource('articles');

export const EVENT_FORMATS = [
  'workshop',
  'training',
  'meeting',
  'campaign',
  'conference',
  'other',
] as const;
export const ATTENDANCE_MODES = ['in_person', 'online', 'mixed'] as const;
export const PARTNER_ROLES = [
  'organizer',
  'co_organizer',
  'host',
  'funder',
  'supporter',
  'partner',
] as const satisfies readonly EventPartnerRole[];
