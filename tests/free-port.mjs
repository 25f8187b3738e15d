// A TCP port free now on 127.0.0.1, printed: for the browser tests' server, whose origin the build
// bakes in minutes before the server starts. Drawn below the system's ephemeral range (32768+), so
// no outgoing connection of the tests takes it meanwhile. Usage: node tests/free-port.mjs
import { createServer } from 'node:net';

const tryPort = (port) =>
  new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

for (let i = 0; i < 50; i++) {
  const port = 20000 + Math.floor(Math.random() * 12000);
  if (await tryPort(port)) {
    console.log(port);
    process.exit(0);
  }
}
console.error('no free port found between 20000 and 32000');
process.exit(1);
