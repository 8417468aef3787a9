import type { Server as Http1Server } from 'node:http';
import type { Http2Server } from 'node:http2';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { Duplex } from 'node:stream';

/** A listener that serves HTTP/1.1 and cleartext HTTP/2 on one port. */
export interface DualProtocolServer {
  server: Server;
  /** Destroys every open connection, whichever protocol it speaks. */
  destroyConnections(): void;
}

/**
 * One port for both HTTP/1.1 and cleartext HTTP/2 (h2c with prior knowledge, as gRPC clients
 * speak it): each connection's first bytes decide. A client speaking HTTP/2 opens with its
 * preface, `PRI * HTTP/2.0`, and no HTTP/1.1 method starts with `PRI`. Neither server listens
 * itself; each is handed its connections.
 */
export function acceptHttp1AndHttp2(http1: Http1Server, http2: Http2Server): DualProtocolServer {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // Small frames go out at once (Node's HTTP server does this for its own sockets, but the
    // HTTP/2 session gets a stream over the socket and cannot).
    socket.setNoDelay(true);
    // Until a server owns the socket, a reset must not be an unhandled error.
    const ignore = () => undefined;
    socket.on('error', ignore);
    socket.once('data', (head: Buffer) => {
      socket.pause();
      socket.unshift(head);
      socket.off('error', ignore);
      if (head.subarray(0, 3).toString('latin1') === 'PRI') {
        // The HTTP/2 session reads the socket's handle directly, past the bytes put back: it
        // gets a stream over the socket instead, which reads them first.
        http2.emit('connection', Duplex.from({ readable: socket, writable: socket }));
      } else {
        http1.emit('connection', socket);
      }
      socket.resume();
    });
  });
  return {
    server,
    destroyConnections() {
      for (const socket of sockets) socket.destroy();
    },
  };
}
