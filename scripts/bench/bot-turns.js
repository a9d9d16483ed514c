#!/usr/bin/env node
// The bot's turn latency: POST /api/messages, one turn at a time, with its state in the app's Azurite.
// Usage: [AzureWebJobsStorage=CONNECTION_STRING] node scripts/bench/bot-turns.js APP_URL [CONVERSATIONS] [WARMUP]
//
// A loopback HTTP server plays the channel (the Connector API the bot replies to). Each conversation is the
// 12-turn support request of the bot's end-to-end test, ending with a stored submission. A turn is timed from
// sending its POST until the 200: the app delivers its replies to the channel before it answers, so the time
// includes reply delivery. Baseline, same driver and connection handling, same number of requests: GET /health.
// With AzureWebJobsStorage set, it first waits until the app's queues are empty, so that routing left over from an
// earlier load run does not run alongside the measurement. Node's standard library only. Exits non-zero when a turn fails, gets no reply, or a conversation does not end
// with a reference number.
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');

const SCRIPT = [
  'jag vill ansöka om stöd', 'Bo Berg', 'hoppa över', '070-123 45 67', 'hoppa över', 'hoppa över',
  'alkohol', 'ja', 'hoppa över', 'hoppa över', 'ja', 'skicka',
];

const appUrl = new URL(process.argv[2] || 'http://127.0.0.1:7071');
const conversations = Number(process.argv[3] || 20);
const warmupConversations = Number(process.argv[4] || 2);
const runId = Date.now().toString(36);

// One connection, kept alive, for both the baseline and the turns: the same driver in both.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function fail(message) {
  console.error(`bot-turns: ${message}`);
  process.exit(1);
}

function request(method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request({
      host: appUrl.hostname, port: appUrl.port, method, path, agent,
      headers: payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {},
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(30000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

// The channel: records the message activities the bot sends, per conversation, and answers as a channel does.
function startChannel() {
  const replies = new Map();
  let sequence = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url);
      if (req.method !== 'POST' || !match) {
        res.writeHead(404).end();
        return;
      }
      let activity;
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      const conversation = decodeURIComponent(match[1]);
      if (activity.type === 'message') {
        if (!replies.has(conversation)) replies.set(conversation, []);
        replies.get(conversation).push(activity.text || '');
      }
      sequence += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `reply-${sequence}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, replies })));
}

// Queue storage with SharedKey (Azurite's path-style URLs: the account name is also the first path segment).
function queueClient(connectionString) {
  const parts = Object.fromEntries(connectionString.split(';').filter(Boolean).map((p) => {
    const at = p.indexOf('=');
    return [p.slice(0, at), p.slice(at + 1)];
  }));
  const endpoint = new URL(parts.QueueEndpoint.replace(/\/?$/, '/'));
  const key = Buffer.from(parts.AccountKey, 'base64');
  return (query) => new Promise((resolve, reject) => {
    const path = `${endpoint.pathname.replace(/\/$/, '')}${query.path}`;
    const headers = { 'x-ms-date': new Date().toUTCString(), 'x-ms-version': '2021-12-02' };
    const canonicalHeaders = Object.keys(headers).sort().map((h) => `${h}:${headers[h]}\n`).join('');
    const canonicalQuery = Object.keys(query.params).sort().map((k) => `\n${k}:${query.params[k]}`).join('');
    const stringToSign = `GET\n\n\n\n\n\n\n\n\n\n\n\n${canonicalHeaders}/${parts.AccountName}${path}${canonicalQuery}`;
    headers.Authorization = `SharedKey ${parts.AccountName}:${crypto.createHmac('sha256', key).update(stringToSign, 'utf8').digest('base64')}`;
    const search = new URLSearchParams(query.params).toString();
    http.get({ host: endpoint.hostname, port: endpoint.port, path: `${path}?${search}`, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200
        ? resolve({ headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
        : reject(new Error(`queue storage: HTTP ${res.statusCode} for ${path}`))));
    }).on('error', reject);
  });
}

// The queues the app's functions read (the team queues are the hand-over to staff: nothing here reads them).
const APP_QUEUES = (process.env.APP_QUEUES || 'intake,email-outbox,team-notices').split(',');

// Waits (up to a bound) until every queue the app reads holds no message; returns the seconds it took.
async function drainQueues(connectionString, boundSeconds) {
  const get = queueClient(connectionString);
  const started = Date.now();
  for (;;) {
    const list = await get({ path: '/', params: { comp: 'list' } });
    const names = [...list.body.matchAll(/<Name>([^<]+)<\/Name>/g)].map((m) => m[1]).filter((n) => APP_QUEUES.includes(n));
    let waiting = 0;
    for (const name of names) {
      const meta = await get({ path: `/${name}`, params: { comp: 'metadata' } });
      waiting += Number(meta.headers['x-ms-approximate-messages-count'] || 0);
    }
    if (waiting === 0) return (Date.now() - started) / 1000;
    if (Date.now() - started > boundSeconds * 1000) fail(`the app's queues still hold ${waiting} messages after ${boundSeconds} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function elapsedMs(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function conversation(channel, serviceUrl, name, times) {
  for (let turn = 0; turn < SCRIPT.length; turn++) {
    const before = (channel.replies.get(name) || []).length;
    const activity = {
      type: 'message', id: `${name}-${turn}`, channelId: 'emulator', serviceUrl, locale: 'sv-SE', text: SCRIPT[turn],
      from: { id: `user-${name}` }, conversation: { id: name },
    };
    const start = process.hrtime.bigint();
    const response = await request('POST', '/api/messages', activity);
    const ms = elapsedMs(start);
    if (response.status !== 200) fail(`${name} turn ${turn + 1}: HTTP ${response.status}`);
    const got = (channel.replies.get(name) || []).slice(before);
    if (got.length === 0) fail(`${name} turn ${turn + 1}: no reply reached the channel`);
    if (turn === SCRIPT.length - 1 && !got.some((t) => t.includes('ärendenummer'))) {
      fail(`${name}: the last turn's replies carry no reference number (ärendenummer); the submission was not completed`);
    }
    if (times) times.push(ms);
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function line(label, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (ms) => ms.toFixed(1).padStart(7);
  return `${label.padEnd(48)} n=${sorted.length}  p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  ` +
    `p99 ${f(percentile(sorted, 99))} ms  max ${f(sorted[sorted.length - 1])} ms`;
}

async function main() {
  let drained = null;
  if (process.env.AzureWebJobsStorage) drained = await drainQueues(process.env.AzureWebJobsStorage, 300);
  const channel = await startChannel();
  const serviceUrl = `http://127.0.0.1:${channel.server.address().port}`;

  // Warm-up, not measured: the first turns pay for JIT and for the first table and queue connections.
  for (let i = 0; i < warmupConversations; i++) await conversation(channel, serviceUrl, `bench-${runId}-warmup-${i}`, null);

  const turns = conversations * SCRIPT.length;
  const health = [];
  for (let i = 0; i < turns; i++) {
    const start = process.hrtime.bigint();
    const response = await request('GET', '/health');
    health.push(elapsedMs(start));
    if (response.status !== 200) fail(`GET /health: HTTP ${response.status}`);
  }

  const times = [];
  for (let i = 0; i < conversations; i++) await conversation(channel, serviceUrl, `bench-${runId}-${i}`, times);

  console.log(line('GET /health (baseline, same driver)', health));
  console.log(line('bot turn (POST /api/messages, state in Azurite)', times));
  console.log(`  ${conversations} conversations x ${SCRIPT.length} turns, sequential, one kept-alive connection, ` +
    `${warmupConversations} warm-up conversations not counted; each ended with a reference number`);
  if (drained !== null) console.log(`  measured after the app's queues were empty (waited ${drained.toFixed(1)} s for them)`);

  agent.destroy();
  channel.server.close();
}

main().catch((error) => fail(error.stack || String(error)));
