// Smoke check of the local OpenID Connect provider (scripts/dev-oidc.mjs), run by hand; not part of test.sh.
// Starts the provider on a free port, reads the discovery document, drives the authorization code flow with PKCE
// the way a browser would (authorize → login form → code), redeems the code (client_secret_basic), checks the ID
// token's signature against the JWKS and its iss/aud/nonce, prints its claims and the userinfo answer, signs in a
// second time on the same session (no form) and redeems with client_secret_post, checks that a request without PKCE
// and an unknown login name are refused, signs out (RP-initiated logout back to the post-logout URI), and stops the
// provider with SIGTERM. Exit 0 when all of it held.
//
// Usage: node scripts/dev-oidc-smoke.mjs [login]      (login: vuxen, barn, nexus, fjarilen, lead, ingen; default vuxen)
import { spawn } from 'node:child_process';
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const login = process.argv[2] ?? 'vuxen';
const clientId = 'intake-staff';
const clientSecret = randomBytes(24).toString('hex');
const redirectUri = 'http://127.0.0.1:7071/staff/signin-oidc';
const postLogoutUri = 'http://127.0.0.1:7071/staff/signed-out';

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const fail = (message) => { throw new Error(message); };
const check = (ok, message) => { if (!ok) fail(message); console.log(`ok    ${message}`); };

// ---- the provider ---------------------------------------------------------------------------------------------

const script = fileURLToPath(new URL('./dev-oidc.mjs', import.meta.url));
const child = spawn(process.execPath, [script, '--port', '0', '--client-id', clientId,
  '--redirect-uri', redirectUri, '--post-logout-redirect-uri', postLogoutUri],
{ env: { ...process.env, DEV_OIDC_CLIENT_SECRET: clientSecret }, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
child.stderr.on('data', (d) => { output += d; });
const issuer = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`the provider did not start:\n${output}`)), 15000);
  child.stdout.on('data', (d) => {
    output += d;
    const m = /^oidc-provider ready at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  child.on('exit', (code) => reject(new Error(`the provider exited (${code}):\n${output}`)));
});
console.log(`provider: ${issuer}`);

// ---- a browser, minimal: a cookie jar and no automatic redirects -----------------------------------------------

const jar = new Map();
async function browse(url, init = {}) {
  const headers = new Headers(init.headers);
  if (jar.size) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
  const res = await fetch(new URL(url, issuer), { ...init, headers, redirect: 'manual' });
  for (const cookie of res.headers.getSetCookie()) {
    const [pair, ...attrs] = cookie.split(';');
    const i = pair.indexOf('=');
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
    if (expired) jar.delete(name); else jar.set(name, value);
  }
  return res;
}
const location = (res) => new URL(res.headers.get('location'), issuer);
const formPost = (url, fields) => browse(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});

function pkce() {
  const verifier = b64url(randomBytes(32));
  return { verifier, challenge: b64url(createHash('sha256').update(verifier).digest()) };
}

function authorizeUrl(config, { challenge, state, nonce, withPkce = true }) {
  const url = new URL(config.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: clientId, response_type: 'code', scope: 'openid profile', redirect_uri: redirectUri, state, nonce,
    ...(withPkce ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
  });
  return url;
}

// Follows the provider's redirects until one leaves it (to the app); returns that URL, or the last answer.
async function follow(res) {
  while (res.status >= 300 && res.status < 400) {
    const next = location(res);
    if (next.origin !== issuer) return { url: next };
    res = await browse(next);
  }
  return { res };
}

async function redeem(config, code, verifier, how) {
  const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (how === 'basic') {
    headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
  } else {
    body.set('client_id', clientId);
    body.set('client_secret', clientSecret);
  }
  const res = await fetch(config.token_endpoint, { method: 'POST', headers, body });
  const json = await res.json();
  if (res.status !== 200) fail(`token endpoint (${how}) answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

function verifyIdToken(idToken, jwks, nonce) {
  const [h, p, s] = idToken.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const claims = JSON.parse(Buffer.from(p, 'base64url'));
  const jwk = jwks.keys.find((k) => k.kid === header.kid) ?? fail(`no key ${header.kid} in the JWKS`);
  check(header.alg === 'RS256', `ID token alg RS256 (kid ${header.kid})`);
  check(verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s, 'base64url')),
    'ID token signature verifies with the JWKS');
  check(claims.iss === issuer && claims.aud === clientId && claims.nonce === nonce, 'ID token iss, aud and nonce');
  check(claims.exp - claims.iat === 3600, 'ID token lifetime 1 h');
  return claims;
}

let exitCode = 1;
try {
  const config = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  check(config.issuer === issuer, `discovery: issuer ${config.issuer}`);
  check(config.code_challenge_methods_supported.join() === 'S256', 'discovery: PKCE S256');
  check(config.token_endpoint_auth_methods_supported.join() === 'client_secret_basic,client_secret_post',
    'discovery: client_secret_basic and client_secret_post');
  check(config.end_session_endpoint === `${issuer}/session/end`, 'discovery: end_session_endpoint');
  check(!config.pushed_authorization_request_endpoint, 'discovery: no PAR endpoint (as Entra ID)');
  const jwks = await (await fetch(config.jwks_uri)).json();

  // Without PKCE: refused back to the client.
  {
    const { url } = await follow(await browse(authorizeUrl(config, { state: 's0', nonce: 'n0', withPkce: false })));
    check(url?.searchParams.get('error') === 'invalid_request', `no PKCE → ${url?.searchParams.get('error')}: ${url?.searchParams.get('error_description')}`);
  }

  // First sign-in: the login form.
  const first = pkce();
  const state = b64url(randomBytes(12));
  const nonce = b64url(randomBytes(12));
  let res = await browse(authorizeUrl(config, { ...first, state, nonce }));
  check(res.status === 303 && location(res).pathname.startsWith('/interaction/'), 'authorize → the login page');
  const interaction = location(res);
  res = await browse(interaction);
  const html = await res.text();
  check(res.status === 200 && html.includes('<html lang="sv">') && html.includes('name="login"')
    && html.includes('name="password"') && html.includes('<label for="login">'), 'login page: lang sv, labelled login and password');
  const action = /<form method="post" action="([^"]+\/login)">/.exec(html)?.[1] ?? fail('no login form');

  res = await formPost(action, { login: 'okand', password: 'x' });
  const refused = await res.text();
  check(res.status === 400 && refused.includes('role="alert"') && refused.includes('okand'), 'unknown login "okand" refused with a message (400)');

  res = await formPost(action, { login, password: 'vad-som-helst' });
  check(res.status === 303, `login "${login}" accepted (any password)`);
  let { url } = await follow(res);
  check(url && `${url.origin}${url.pathname}` === redirectUri && url.searchParams.get('state') === state
    && url.searchParams.get('code') && url.searchParams.get('iss') === issuer, 'code back at the redirect URI with state and iss, no consent page');

  let tokens = await redeem(config, url.searchParams.get('code'), first.verifier, 'basic');
  check(tokens.token_type === 'Bearer' && tokens.expires_in === 3600, 'token (client_secret_basic): Bearer, access token 1 h');
  const claims = verifyIdToken(tokens.id_token, jwks, nonce);

  console.log('\nID token claims:');
  console.log(JSON.stringify(claims, null, 2));

  const userinfo = await (await fetch(config.userinfo_endpoint, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).json();
  console.log('\nuserinfo:');
  console.log(JSON.stringify(userinfo, null, 2));
  console.log();
  check(userinfo.sub === claims.sub && JSON.stringify(userinfo.roles) === JSON.stringify(claims.roles), 'userinfo agrees with the ID token');

  // Second sign-in on the same provider session: no form, straight back with a code; client_secret_post.
  const second = pkce();
  ({ url } = await follow(await browse(authorizeUrl(config, { ...second, state: 's2', nonce: 'n2' }))));
  check(url?.searchParams.get('code'), 'second authorize on the same session: a code without the login page');
  tokens = await redeem(config, url.searchParams.get('code'), second.verifier, 'post');
  check(verifyIdToken(tokens.id_token, jwks, 'n2').sub === claims.sub, 'token (client_secret_post): same subject');

  // RP-initiated logout back to the app.
  const end = new URL(config.end_session_endpoint);
  end.search = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: postLogoutUri, state: 'bye' });
  res = await browse(end);
  const logoutHtml = await res.text();
  const confirm = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(logoutHtml)?.[1] ?? fail(`no logout form:\n${logoutHtml}`);
  const fields = Object.fromEntries([...logoutHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  check(fields.logout === 'yes' && fields.xsrf && logoutHtml.includes('document.forms[0].submit()'), 'end_session: a page that submits itself (logout=yes)');
  res = await formPost(confirm, fields);
  const back = location(res);
  check(res.status === 303 && `${back.origin}${back.pathname}` === postLogoutUri && back.searchParams.get('state') === 'bye',
    `signed out → ${back.href}`);
  ({ res } = await follow(await browse(authorizeUrl(config, { ...pkce(), state: 's3', nonce: 'n3' }))));
  check(res?.status === 200 && (await res.text()).includes('name="login"'), 'after logout, authorize asks to log in again');
  exitCode = 0;
} catch (err) {
  console.error(`FAILED: ${err.message}`);
  console.error(`provider output:\n${output}`);
} finally {
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  child.kill('SIGTERM');
  const code = await exited;
  console.log(`provider stopped (${code})`);
  if (code !== 0) exitCode = 1;
}
process.exit(exitCode);
