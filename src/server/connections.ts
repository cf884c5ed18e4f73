import type { ServerOptions } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  connectionsCheckIntervalMs,
  connectionsMax,
  keepAliveMs,
  requestHeadersMs,
  requestIdleMs,
  requestReceiveMs,
} from '../core/limits.js';

/** How long a connection may take over each part of a request, and how many may be open. */
export interface ConnectionLimits {
  headersMs: number;
  idleMs: number;
  receiveMs: number;
  keepAliveMs: number;
  checkIntervalMs: number;
  connectionsMax: number;
}

export const connectionLimits: ConnectionLimits = {
  headersMs: requestHeadersMs,
  idleMs: requestIdleMs,
  receiveMs: requestReceiveMs,
  keepAliveMs,
  checkIntervalMs: connectionsCheckIntervalMs,
  connectionsMax,
};

/** The HTTP server's own timeouts, as Fastify passes them on. */
export function serverTimeouts(limits: ConnectionLimits): {
  connectionTimeout: number;
  keepAliveTimeout: number;
  requestTimeout: number;
  http: ServerOptions;
} {
  return {
    connectionTimeout: limits.idleMs,
    keepAliveTimeout: limits.keepAliveMs,
    requestTimeout: limits.receiveMs,
    http: { headersTimeout: limits.headersMs, connectionsCheckingInterval: limits.checkIntervalMs },
  };
}

function whenReceived(request: FastifyRequest, then: () => void): void {
  if (request.raw.complete) then();
  else request.raw.once('end', then);
}

/** Requests made with `inject` have a stand-in for a socket, without timeouts. */
function setIdleTimeout(request: FastifyRequest, ms: number): void {
  if (request.raw.socket instanceof Socket) request.raw.socket.setTimeout(ms);
}

/**
 * Caps open connections, and lets a handler outlive the idle timeout: the timeout is there for
 * clients that stall while sending, so it is lifted once the request is in (an import's body ends
 * inside its handler) and restored for sending the answer.
 */
export function registerConnectionLimits(app: FastifyInstance, limits: ConnectionLimits): void {
  app.server.maxConnections = limits.connectionsMax;
  app.addHook('preHandler', async (request) => whenReceived(request, () => setIdleTimeout(request, 0)));
  app.addHook('onSend', async (request) => setIdleTimeout(request, limits.idleMs));
}
