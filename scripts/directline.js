// Local Direct Line for Web Chat: offline-directline's router in an express app of our own, bound to loopback only
// (its CLI listens on every interface) and kept alive when the bot is down (its CLI dies on the first failed call).
// Usage: node scripts/directline.js [port] [bot messages URL]
'use strict';
const express = require('express');
const { getRouter } = require('offline-directline');

const port = Number(process.argv[2] || process.env.DIRECTLINE_PORT || 3000);
const botUrl = process.argv[3] || process.env.BOT_URL || 'http://127.0.0.1:7071/api/messages';
const serviceUrl = `http://127.0.0.1:${port}`;

process.on('unhandledRejection', (reason) => {
  // A bot that is down or answers an error must not take the emulator with it; the client sees the failed status.
  console.error(`directline: call to the bot failed: ${reason && reason.message ? reason.message : reason}`);
});

const app = express();
app.use(getRouter(serviceUrl, botUrl));
app.listen(port, '127.0.0.1', () => {
  console.log(`directline: listening on ${serviceUrl}/directline, bot at ${botUrl}`);
});
