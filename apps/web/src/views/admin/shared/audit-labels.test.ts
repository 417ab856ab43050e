import { describe, expect, it } from 'vitest';
import { adminTestSetup } from '../testing';
import { useAuditLabels } from './audit-labels';

describe('audit labels', () => {
  it('words actions and item types, names unknown accounts, and keeps what it does not know', async () => {
    await adminTestSetup();
    const labels = useAuditLabels();
    expect(labels.action({ action: 'submit' })).toBe('sent for review');
    expect(labels.action({ action: 'some_new_action' })).toBe('some_new_action');
    expect(labels.entity({ action: 'create', entityType: 'community_group' })).toBe('group');
    expect(labels.who({ action: 'login_failed', user: null })).toBe('unknown account');
    expect(labels.who({ action: 'import', user: null })).toBe('system');
    expect(labels.who({ action: 'publish', user: { displayName: 'Aigul' } })).toBe('Aigul');
  });
});
