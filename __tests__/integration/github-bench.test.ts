/** The bench's measurement itself, so `npm run bench` cannot silently report nonsense. */
import { benchGitHubRequests } from '../../test-support/github-stand-in/bench.js';

it('a 30-version range costs 2 requests cold and nothing against the rate limit warm', async () => {
  const result = await benchGitHubRequests();
  expect(result).toMatchObject({ versions: 30, to: '0.83.0', from: '0.71.1' });
  expect(result.cold).toMatchObject({ requests: 2, notModified: 0, rateLimitUsed: 2, exitCode: 0 });
  expect(result.warm).toMatchObject({ requests: 2, notModified: 2, rateLimitUsed: 0, exitCode: 0 });
  // Without a token GitHub documents no free 304s: the warm run still saves the bodies, not the quota.
  const anonymous = await benchGitHubRequests({ authenticated: false });
  expect(anonymous.warm).toMatchObject({ requests: 2, notModified: 2, rateLimitUsed: 2 });
});
