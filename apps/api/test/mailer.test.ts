import { describe, expect, it } from 'vitest';
import { createMailer } from '../src/shared/mailer.js';
import { loadConfig } from '../src/config.js';

describe('mailer', () => {
  it('without SMTP_URL writes the message to the log instead of sending it', async () => {
    const logged: unknown[] = [];
    const log = { warn: (obj: unknown) => logged.push(obj) } as never;
    const mailer = createMailer({ smtpUrl: undefined, from: 'x@example.org' }, log);
    expect(mailer.delivers).toBe(false);
    await mailer.send({ to: 'a@example.org', subject: 'S', text: 'T' });
    expect(logged).toEqual([{ mail: { to: 'a@example.org', subject: 'S', text: 'T' } }]);
  });

  it('takes SMTP_URL and MAIL_FROM from the environment, refusing other schemes', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.example.org:465',
      PUBLIC_URL: 'https://ngo.kg',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      from: 'Jaryk <no-reply@ngo.kg>',
    });
    expect(createMailer(config.mail, {} as never).delivers).toBe(true);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
  });
});
