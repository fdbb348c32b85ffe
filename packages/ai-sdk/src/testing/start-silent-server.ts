/** A node:http server that accepts requests and never answers, to test that aborting cancels them. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running silent server: what it received, whether a client hung up before an answer, and `close`. */
export interface SilentServer {
  url: string;
  received: IncomingMessage[];
  /** How many requests the client dropped (the connection closed with no response written). */
  hungUp(): number;
  close(): Promise<void>;
}

/** Starts a silent server on a free loopback port. */
export async function startSilentServer(): Promise<SilentServer> {
  const received: IncomingMessage[] = [];
  let hungUp = 0;
  const server = createServer((request, response) => {
    received.push(request);
    response.on('close', () => {
      if (!response.writableEnded) hungUp += 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    hungUp: () => hungUp,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
