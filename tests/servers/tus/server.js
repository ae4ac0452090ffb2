// A real tus 1.0 server for SubmitDesk's upload tests: @tus/server with @tus/file-store.
// node server.js --port N --dir DIR [--token T] [--expire-ms MS] [--max-size BYTES]
//                [--tls-cert PEM --tls-key PEM]   (https with that certificate instead of http)
// Listens on 127.0.0.1 only, path /files/. With --token, every request but OPTIONS must carry
// "Authorization: Bearer T" (or Basic with T as the password), else 401: the auth hook of the 401 tests.
// Prints "listening PORT" on stdout once it accepts connections.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const { Server } = require('@tus/server');
const { FileStore } = require('@tus/file-store');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(option('port', '0'));
const dir = option('dir', './uploads');
const token = option('token', '');
const expireMs = Number(option('expire-ms', '0'));
const maxSize = Number(option('max-size', '0'));
const tlsCert = option('tls-cert', '');
const tlsKey = option('tls-key', '');

function authorised(req) {
  if (!token) return true;
  const header = req.headers.authorization || '';
  if (header === `Bearer ${token}`) return true;
  if (header.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1) === token;
  }
  return false;
}

const tus = new Server({
  path: '/files',
  datastore: new FileStore({ directory: dir, expirationPeriodInMilliseconds: expireMs || undefined }),
  maxSize: maxSize || undefined,
  respectForwardedHeaders: false,
  relativeLocation: Boolean(tlsCert), // else its Location would say http:// for an https request
  async onIncomingRequest(req) {
    if (req.method !== 'OPTIONS' && !authorised(req))
      throw { status_code: 401, body: 'Unauthorized\n' };
  },
});

const handler = (req, res) => tus.handle(req, res);
const server = tlsCert
  ? https.createServer({ cert: fs.readFileSync(tlsCert), key: fs.readFileSync(tlsKey) }, handler)
  : http.createServer(handler);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
