import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; the one way out of the app to people's inboxes. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Whether messages really leave (SMTP), or only reach the log (development). */
  readonly delivers: boolean;
}

export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://user:pass@host:465; none: messages go to the log. */
  smtpUrl: string | undefined;
  from: string;
}

/**
 * SMTP through nodemailer when SMTP_URL is set. Without it the message is written to the log
 * at warn level, so a developer (or the person who started the demo) can follow a reset link;
 * production sets SMTP_URL.
 */
export function createMailer(config: MailConfig, log: FastifyBaseLogger): Mailer {
  if (!config.smtpUrl) {
    return {
      delivers: false,
      async send(message) {
        log.warn({ mail: message }, 'e-mail not sent (no SMTP_URL): written here instead');
      },
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    delivers: true,
    async send(message) {
      await transport.sendMail({ from: config.from, ...message });
    },
  };
}
