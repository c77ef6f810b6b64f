import { createHmac } from 'node:crypto';

/** The x-ringround-signature header for a body: `sha256=` and the hex HMAC-SHA256 under the campaign's secret. */
export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
