#!/usr/bin/env node
/**
 * STAND-IN for the `wandb` Python CLI (pip install wandb), which is not installed on this machine. It prints
 * what `wandb --version` and `wandb verify --host <url>` print (wandb/sdk/verify/verify.py: label padded with
 * dots to 72 characters, then a check mark or a cross; failure strings on the next lines, click-styled red or
 * yellow). Tests copy it to a directory on PATH under the name `wandb`.
 *
 * It contacts the server only when the host is https: one request, trusting what Python's requests would trust
 * (the PEM bundle in REQUESTS_CA_BUNDLE, else the system roots), so a CLI not handed the private CA fails its
 * login as the real one does (SSL: CERTIFICATE_VERIFY_FAILED). The two https checks follow the host's scheme
 * (the stand-in signs URLs with the scheme it serves).
 *
 * WANDB_STANDIN_MODE: pass (default) | artifact-fail | no-sweeps | crash | leak-key (puts the key in a failure
 * line, to prove the caller redacts child output). WANDB_STANDIN_RECORD: a file to write argv and environment facts to.
 * Its switches are named WANDB_* because the product hands the wandb CLI only WANDB_* and the basic
 * variables (src/core/exec.ts childEnv), as it would the real one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';

const args = process.argv.slice(2);
const mode = process.env.WANDB_STANDIN_MODE ?? 'pass';
const version = process.env.WANDB_STANDIN_VERSION ?? '0.19.1';
if (process.env.WANDB_STANDIN_RECORD) {
  writeFileSync(
    process.env.WANDB_STANDIN_RECORD,
    JSON.stringify({
      args,
      hasKey: Boolean(process.env.WANDB_API_KEY),
      keyLength: (process.env.WANDB_API_KEY ?? '').length,
      requestsCaBundle: process.env.REQUESTS_CA_BUNDLE,
      sslCertFile: process.env.SSL_CERT_FILE,
    }),
    { flag: 'a' },
  );
  writeFileSync(process.env.WANDB_STANDIN_RECORD, '\n', { flag: 'a' });
}

if (args[0] === '--version') {
  process.stdout.write(`wandb, version ${version}\n`);
  process.exit(0);
}
if (args[0] !== 'verify') {
  process.stderr.write(`fake wandb: unsupported command ${args.join(' ')}\n`);
  process.exit(2);
}
const host = args[args.indexOf('--host') + 1];
const red = (text) => `\u001b[31m\u001b[1m${text}\u001b[0m`;
const yellow = (text) => `\u001b[33m\u001b[1m${text}\u001b[0m`;
const ok = (label) => process.stdout.write(`${label.padEnd(72, '.')}\u2705\n`);
const bad = (label, text, warn = false) =>
  process.stdout.write(`${label.padEnd(72, '.')}\u274c\n${warn ? yellow(text) : red(text)}\n`);

process.stdout.write(`Default host selected:  ${host}\n`);
process.stdout.write('Find detailed logs for this test at: /tmp/wandb-verify/debug.log\n');
const https = host.startsWith('https://');
if (https) {
  const bundle = process.env.REQUESTS_CA_BUNDLE;
  const tlsError = await new Promise((resolve) => {
    const req = request(`${host}/graphql`, bundle ? { ca: readFileSync(bundle) } : {}, (res) => {
      res.resume();
      resolve(undefined);
    });
    req.on('error', (error) => resolve(error));
    req.end();
  });
  if (tlsError) {
    bad(
      'Checking if logged in',
      `SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (${tlsError.code ?? tlsError.message})`,
    );
    process.exit(1);
  }
}
ok('Checking if logged in');
ok('Checking signed URL upload');
ok('Checking ability to send large payloads through proxy');
if (https) ok('Checking requests to base url');
else
  bad(
    'Checking requests to base url',
    'Connections are not made over https. SSL required for secure communications.',
    true,
  );
if (https) ok('Checking requests made over signed URLs');
else
  bad(
    'Checking requests made over signed URLs',
    'Signed URL requests not made over https. SSL required for secure communications.',
    true,
  );
ok('Checking CORs configuration of the bucket');
ok('Checking wandb package version is up to date');
ok('Checking logged metrics, saving and downloading a file');
if (mode === 'crash') {
  process.stderr.write(
    'Traceback (most recent call last):\n  File "wandb/sdk/verify/verify.py"\nwandb.errors.CommError: 500\n',
  );
  process.exit(1);
}
if (mode === 'leak-key') {
  bad(
    'Checking artifact save and download workflows',
    `Unable to log artifact. api_key=${process.env.WANDB_API_KEY}`,
  );
} else if (mode === 'artifact-fail') {
  bad(
    'Checking artifact save and download workflows',
    'Unable to download artifact. Check bucket permissions.',
  );
} else {
  ok('Checking artifact save and download workflows');
}
if (mode !== 'no-sweeps') ok('Checking sweep creation and agent execution');
process.exit(mode === 'artifact-fail' || mode === 'leak-key' ? 1 : 0);
