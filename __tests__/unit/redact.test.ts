import { Redactor, MASK } from '../../src/core/redact.js';

describe('Redactor', () => {
  const secret = 'sup3r-S3cret/value+x';

  it('masks the secret and its encoded forms', () => {
    const r = new Redactor();
    r.add(secret);
    const forms = [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      JSON.stringify(secret),
    ];
    for (const form of forms) expect(r.redact(`before ${form} after`)).not.toContain(form);
    expect(r.redact(`x ${secret} y`)).toBe(`x ${MASK} y`);
  });

  it('masks the secret inside a longer base64 string at any alignment', () => {
    const r = new Redactor();
    r.add(secret);
    for (const prefix of ['', 'a', 'ab', 'abc', 'api:']) {
      const encoded = Buffer.from(`${prefix}${secret}-and-more`).toString('base64');
      const redacted = r.redact(encoded);
      expect(redacted).toContain(MASK);
      // what is left cannot be decoded back to the secret
      expect(Buffer.from(redacted.replace(MASK, ''), 'base64').toString()).not.toContain(secret);
    }
  });

  it('leaves text without secrets alone and ignores empty secrets', () => {
    const r = new Redactor();
    r.add('');
    r.add(undefined);
    expect(r.size).toBe(0);
    expect(r.redact('nothing to hide')).toBe('nothing to hide');
  });

  it('redacts inside nested values', () => {
    const r = new Redactor();
    r.add('hunter22');
    expect(r.redactDeep({ a: ['x hunter22'], b: { c: 'hunter22' }, n: 3 })).toEqual({
      a: [`x ${MASK}`],
      b: { c: MASK },
      n: 3,
    });
  });
});

test('a secret is masked in the JSON Go writes, which escapes <, > and & (annotations, last-applied)', () => {
  const redactor = new Redactor();
  redactor.add('pa<ss>w&rd-9f3e');
  const goJson = JSON.stringify({ password: 'pa<ss>w&rd-9f3e' }).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  expect(goJson).toBe('{"password":"pa\\u003css\\u003ew\\u0026rd-9f3e"}');
  expect(redactor.redact(`annotation: ${goJson}`)).toBe('annotation: {"password":"***"}');
});
