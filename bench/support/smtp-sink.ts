// An SMTP server that accepts and discards every message, in a process of its own so the messages
// benchmark's CPU figures for retain do not include the receiving side. Prints its port, then
// answers 'count' on stdin with the messages received.
import { SMTPServer } from 'smtp-server';

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  maxClients: 200,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.stdin.on('data', () => process.stdout.write(`count ${received}\n`));
