import { describe, expect, it } from '@jest/globals';
import { measureUpgradeCheckRequests } from '../../test-support/github-stand-in/upgrade-check-requests.js';

/** The request budget of upgrade-check (the same measurement `npm run bench` prints). */
describe('upgrade-check GitHub requests per run', () => {
  it('stays within 8 to create the PR and 3 when there is nothing to do', async () => {
    const measured = await measureUpgradeCheckRequests();
    expect(measured.create).toBeLessThanOrEqual(8);
    expect(measured.steady).toBeLessThanOrEqual(3);
    expect(measured.update).toBeLessThanOrEqual(4);
  });
});
