import { describe, expect, it } from 'vitest';
import { openDashboard, useTestApp } from '../../testing/index.js';

const testApp = useTestApp();

const workspace = { method: 'GET', url: '/v1/workspace' } as const;

// Trust #15.1: a key an admin made acted as the owner, so the admin made themselves owner with it
// and demoted the real one; and it kept working after the admin was removed.
describe('a key carries its creator and at most their rights', () => {
  it('lets no admin key change roles, remove users or make an owner key', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const key = await dashboard.keyOf(admin);

    const keys = (await dashboard.as(admin, { method: 'GET', url: '/v1/api_keys' })).json().data;
    expect(keys[0]).toMatchObject({ role: 'admin', created_by: admin.userId });

    const promote = await dashboard.withKey(key, {
      method: 'PATCH',
      url: `/v1/dashboard/users/${admin.userId}`,
      payload: { role: 'owner' },
    });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().error.code).toBe('session_required');
    const demote = await dashboard.withKey(key, {
      method: 'PATCH',
      url: `/v1/dashboard/users/${dashboard.owner.userId}`,
      payload: { role: 'analyst' },
    });
    expect(demote.statusCode).toBe(403);
    const remove = await dashboard.withKey(key, {
      method: 'DELETE',
      url: `/v1/dashboard/users/${dashboard.owner.userId}`,
    });
    expect(remove.statusCode).toBe(403);

    for (const role of ['owner', undefined]) {
      const minted = await dashboard.withKey(key, {
        method: 'POST',
        url: '/v1/api_keys',
        payload: { name: 'escalate', role: role ?? 'owner' },
      });
      expect(minted.statusCode).toBe(403);
      expect(minted.json().error.code).toBe('role_forbidden');
    }
    const ownerInvitation = await dashboard.withKey(key, {
      method: 'POST',
      url: '/v1/dashboard/invitations',
      payload: { email: 'new.owner@example.com', role: 'owner' },
    });
    expect(ownerInvitation.statusCode).toBe(403);
    const users = (await dashboard.as(dashboard.owner, { method: 'GET', url: '/v1/dashboard/users' })).json();
    expect(users.data.map((user: { role: string }) => user.role)).toEqual(['owner', 'admin']);
  });

  it('lets no admin session change roles either, nor make a key above its role', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const promote = await dashboard.as(admin, {
      method: 'PATCH',
      url: `/v1/dashboard/users/${admin.userId}`,
      payload: { role: 'owner' },
    });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().error.code).toBe('role_forbidden');
    const minted = await dashboard.as(admin, {
      method: 'POST',
      url: '/v1/api_keys',
      payload: { role: 'owner' },
    });
    expect(minted.statusCode).toBe(403);
  });

  it('lets an owner key do the owner’s work but never manage accounts, nor make an owner key', async () => {
    const dashboard = await openDashboard(testApp());
    const key = await dashboard.keyOf(dashboard.owner);
    const analyst = await dashboard.invite('analyst');
    expect(
      (await dashboard.withKey(key, { method: 'PATCH', url: '/v1/workspace', payload: { name: 'By key' } }))
        .statusCode,
    ).toBe(200);
    const promote = await dashboard.withKey(key, {
      method: 'PATCH',
      url: `/v1/dashboard/users/${analyst.userId}`,
      payload: { role: 'admin' },
    });
    expect(promote.json().error.code).toBe('session_required');
    const minted = await dashboard.withKey(key, {
      method: 'POST',
      url: '/v1/api_keys',
      payload: { role: 'owner' },
    });
    expect(minted.json().error.code).toBe('session_required');
    const adminKey = await dashboard.withKey(key, { method: 'POST', url: '/v1/api_keys', payload: {} });
    expect(adminKey.json()).toMatchObject({ role: 'admin', created_by: dashboard.owner.userId });
  });

  it('stops the key of a removed admin at once', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const key = await dashboard.keyOf(admin);
    expect((await dashboard.withKey(key, workspace)).statusCode).toBe(200);
    const removed = await dashboard.as(dashboard.owner, {
      method: 'DELETE',
      url: `/v1/dashboard/users/${admin.userId}`,
    });
    expect(removed.statusCode).toBe(200);
    const after = await dashboard.withKey(key, workspace);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('api_key_invalid');
  });

  it('stops an admin key when its creator is demoted to analyst, and keeps their analyst key', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const adminKey = await dashboard.keyOf(admin);
    const analystKey = await dashboard.keyOf(admin, 'analyst');
    const demoted = await dashboard.as(dashboard.owner, {
      method: 'PATCH',
      url: `/v1/dashboard/users/${admin.userId}`,
      payload: { role: 'analyst' },
    });
    expect(demoted.statusCode).toBe(200);
    expect((await dashboard.withKey(adminKey, workspace)).statusCode).toBe(401);
    expect((await dashboard.withKey(analystKey, workspace)).statusCode).toBe(200);
    const change = await dashboard.withKey(analystKey, {
      method: 'PATCH',
      url: '/v1/workspace',
      payload: { name: 'x' },
    });
    expect(change.statusCode).toBe(403);
    expect(change.json().error.code).toBe('role_forbidden');
  });
});
