import http from 'node:http';
import express from 'express';
import type { AppContext } from './context';
import { trustProxySetting } from './config';
import { apiNotFound, errorMiddleware } from './errors';
import { securityHeaders } from './http/security';
import { requestLog } from './http/requestLog';
import { clientRoutes } from './http/client';
import { sessionMiddleware } from './auth/session';
import { csrfCheck } from './auth/csrf';
import { createRealtime } from './realtime/io';
import { startHousekeeping } from './housekeeping';
import { startWebhookDelivery } from './webhooks/webhookDelivery';
import { webhookRoutes } from './routes/webhooks';
import { inviteRoutes } from './routes/invites';
import { telephonyRoutes, twilioWebhookRoutes } from './routes/telephony';
import { stopSimulatedCalls } from './telephony/simulatedCalls';
import type { RealtimeServer } from './realtime/io';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { httpTiming, metricsRoutes } from './routes/metrics';
import { teamRoutes } from './routes/team';
import { campaignRoutes } from './routes/campaigns';
import { joinRoutes } from './routes/join';
import { callingRoutes } from './routes/calling';
import { canvassSessionRoutes } from './routes/canvassSessions';
import { calendarRoutes } from './routes/calendar';
import { seatRoutes } from './routes/seats';
import { contactRoutes } from './routes/contacts';
import { peopleRoutes } from './routes/people';
import { optOutRoutes } from './routes/optOuts';
import { auditRoutes } from './routes/audit';

export interface RingroundApp {
  app: express.Express;
  server: http.Server;
  io: RealtimeServer;
  /** Stops sockets, then the HTTP server; the caller closes the database. */
  close(): Promise<void>;
}

/** Builds the HTTP app and the socket server around ctx; does not listen (tests and main.ts do). */
export function createApp(ctx: AppContext): RingroundApp {
  const app = express();
  const server = http.createServer(app);
  const realtime = createRealtime(ctx, server);
  const stopHousekeeping = startHousekeeping(ctx);
  const stopWebhooks = startWebhookDelivery(ctx);
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(ctx.config));

  app.use(requestLog(ctx.log));
  app.use(securityHeaders(ctx.config));
  app.use(httpTiming(ctx));
  app.use(healthRoutes(ctx));
  app.use(metricsRoutes(ctx));

  // Before the JSON parser, sessions and CSRF: Twilio posts forms, signed instead.
  app.use(twilioWebhookRoutes(ctx, realtime.publish));
  app.use('/api', express.json({ limit: '100kb' }));
  app.use('/api', sessionMiddleware(ctx));
  app.use('/api', csrfCheck);
  app.use(authRoutes(ctx));
  app.use(teamRoutes(ctx, realtime.publish));
  app.use(campaignRoutes(ctx, realtime.publish));
  app.use(joinRoutes(ctx));
  app.use(callingRoutes(ctx));
  app.use(canvassSessionRoutes(ctx, realtime.publish));
  app.use(calendarRoutes(ctx));
  app.use(seatRoutes(ctx));
  app.use(contactRoutes(ctx, realtime.publish));
  app.use(peopleRoutes(ctx, realtime.publish));
  app.use(optOutRoutes(ctx));
  app.use(auditRoutes(ctx));
  app.use(webhookRoutes(ctx));
  app.use(inviteRoutes(ctx));
  app.use(telephonyRoutes(ctx));
  app.use('/api', apiNotFound);

  app.use(clientRoutes(ctx.config.CLIENT_DIR));
  app.use(errorMiddleware);

  return {
    app,
    server,
    io: realtime.io,
    async close() {
      stopHousekeeping();
      await stopWebhooks();
      stopSimulatedCalls(ctx);
      // io.close() also closes the HTTP server it is attached to.
      await realtime.close();
      server.closeAllConnections();
    },
  };
}
