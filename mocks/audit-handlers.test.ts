import { beforeEach, describe, expect, it } from 'vitest';
import { login } from '@/features/auth/api';
import { apiRequest, configureApiClient } from '@/lib/api/client';
import { auditListSchema } from '@/lib/api/schemas';
import { recordExport } from '@/features/export/api';
import { exportEntry } from '../tests/fixtures/export-entry';
import { resetAuditStore } from './audit-handlers';

async function as(user: 'viewer' | 'analyst' | 'admin') {
  const s = await login(user, 'demo1234!');
  configureApiClient({ getSession: () => s, onUnauthorized: () => {} });
}

const entry = exportEntry;

describe('audit log API (mock)', () => {
  beforeEach(() => resetAuditStore());

  it('records an analyst’s export with who and when, and lists it for an admin, newest first', async () => {
    await as('analyst');
    const saved = await recordExport(entry());
    expect(saved.user.username).toBe('analyst');
    expect(Date.parse(saved.at)).not.toBeNaN();
    await recordExport(entry({ format: 'csv', fileName: 'b.csv' }));
    await as('admin');
    await recordExport(entry({ format: 'pdf', panelId: null, panelTitle: null }));
    const { entries } = await apiRequest('/audit', auditListSchema);
    expect(entries.map((e) => e.format)).toEqual(['pdf', 'csv', 'png']);
  });

  it('filters by user and by format', async () => {
    await as('analyst');
    await recordExport(entry());
    await recordExport(entry({ format: 'csv' }));
    await as('admin');
    await recordExport(entry());
    const byUser = await apiRequest('/audit', auditListSchema, { params: { user: 'analyst' } });
    expect(byUser.entries).toHaveLength(2);
    const byFormat = await apiRequest('/audit', auditListSchema, { params: { format: 'png' } });
    expect(byFormat.entries.map((e) => e.user.username)).toEqual(['admin', 'analyst']);
  });

  it('refuses a viewer’s export and a non-admin’s read with 403', async () => {
    await as('viewer');
    await expect(recordExport(entry())).rejects.toMatchObject({ kind: 'forbidden' });
    await as('analyst');
    await expect(apiRequest('/audit', auditListSchema)).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });

  it('refuses a body that is not an audit entry', async () => {
    await as('analyst');
    await expect(
      apiRequest('/audit', auditListSchema, { method: 'POST', body: { format: 'gif' } }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
