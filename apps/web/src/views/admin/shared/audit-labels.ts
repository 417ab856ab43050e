import { useAdminT } from '../i18n';
import type { AdminMessages } from '../i18n/ru';

type Action = keyof AdminMessages['audit']['actions'];
type Entity = keyof AdminMessages['audit']['entities'];

interface AuditLike {
  action: string;
  entityType?: string | null;
  user?: { displayName: string } | null;
}

/** Actions recorded before anyone is logged in: no user means an unknown account, not the system. */
const ANONYMOUS_ACTIONS = new Set(['login_failed', 'login_throttled', 'password_reset_requested']);

/**
 * Audit entries in words of the admin's language: "Aigul: sent for review · article #2". An
 * action or item type the catalogs do not know yet is shown as recorded.
 */
export function useAuditLabels() {
  const t = useAdminT();
  // Every catalog has the same keys (ru defines them), so one lookup tells which are known.
  const known = (group: 'actions' | 'entities', key: string) =>
    t(`audit.${group}.${key}` as `audit.actions.${Action}`) !== `admin.audit.${group}.${key}`;
  return {
    action(entry: AuditLike): string {
      return known('actions', entry.action)
        ? t(`audit.actions.${entry.action as Action}`)
        : entry.action;
    },
    entity(entry: AuditLike): string {
      const type = entry.entityType ?? '';
      return known('entities', type) ? t(`audit.entities.${type as Entity}`) : type;
    },
    who(entry: AuditLike): string {
      if (entry.user) return entry.user.displayName;
      return ANONYMOUS_ACTIONS.has(entry.action) ? t('audit.nobody') : t('audit.system');
    },
  };
}
