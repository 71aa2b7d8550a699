// Uploads one file with the reference tus client (tus-js-client) and prints the upload URL.
//   node tusjsupload.js ENDPOINT TOKEN FILE
// Exit code 0 on success, 1 with the error on stderr otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const tus = require('tus-js-client');

const [endpoint, token, file] = process.argv.slice(2);
const size = fs.statSync(file).size;
const upload = new tus.Upload(fs.createReadStream(file), {
  endpoint,
  uploadSize: size,
  chunkSize: 256 * 1024,
  retryDelays: [0, 200, 500, 1000],
  headers: { Authorization: `Bearer ${token}` },
  metadata: { filename: path.basename(file), filetype: 'video/mp4' },
  onError(error) {
    console.error(`tus-js-client failed: ${error}`);
    process.exit(1);
  },
  onSuccess() {
    console.log(JSON.stringify({ url: upload.url, size }));
  },
});
upload.start();
