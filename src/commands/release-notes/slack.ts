import { UserError } from '../../core/errors.js';
import { proxyFetch } from '../../github/client.js';

/**
 * Posts to a Slack incoming webhook: a POST of `{"text": ...}` as application/json, which Slack answers with
 * `ok` (api.slack.com/messaging/webhooks). The webhook URL is a secret (it is the credential), so it never
 * appears in a message: errors name Slack's answer only.
 */
export async function postToSlack(webhookUrl: string, text: string, env: NodeJS.ProcessEnv): Promise<void> {
  const doFetch = proxyFetch(env) ?? fetch;
  let response: Response;
  try {
    response = await doFetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new UserError(
      `Could not reach the Slack webhook (${cause}).`,
      'Check the network and HTTPS_PROXY / NO_PROXY; the webhook URL is in slack-webhook-url (SLACK_WEBHOOK_URL).',
    );
  }
  const answer = (await response.text()).trim().slice(0, 200);
  if (response.status !== 200 || answer !== 'ok') {
    throw new UserError(
      `Slack refused the message: ${response.status} ${answer || response.statusText}.`,
      response.status === 404 || answer === 'no_service'
        ? 'The webhook URL is wrong or the webhook was removed; create a new incoming webhook in Slack.'
        : 'See https://api.slack.com/messaging/webhooks#handling_errors for what the answer means.',
    );
  }
}
