// tus-js-client uploading files one after another (the peer of bench/upload/run.sh).
// node tusjs.js ENDPOINT FILE [FILE…]; prints the seconds it took.
'use strict';
const fs = require('node:fs');
const tus = require('tus-js-client');

function upload(endpoint, path) {
  return new Promise((resolve, reject) => {
    const file = fs.createReadStream(path);
    const up = new tus.Upload(file, {
      endpoint,
      uploadSize: fs.statSync(path).size,
      metadata: { filename: path.split('/').pop() },
      retryDelays: [0, 1000, 3000],
      onError: reject,
      onSuccess: resolve,
    });
    up.start();
  });
}

(async () => {
  const [endpoint, ...files] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  for (const f of files) await upload(endpoint, f);
  console.log((Number(process.hrtime.bigint() - start) / 1e9).toFixed(3));
})().catch((e) => { console.error(String(e)); process.exit(1); });
