// Local OpenID Connect provider for the staff sign-in (issue 12): oidc-provider 9 (a certified OP) standing in for
// Entra ID on this machine and in tests. Authorization code flow with PKCE (required), one confidential client,
// client_secret_basic or client_secret_post at the token endpoint. Never for anything but local development.
//
// Usage:
//   node scripts/dev-oidc.mjs --port 5556 --client-id intake-staff --client-secret <secret> \
//     --redirect-uri http://127.0.0.1:7071/staff/signin-oidc \
//     --post-logout-redirect-uri http://127.0.0.1:7071/staff/signed-out
// --redirect-uri and --post-logout-redirect-uri may be repeated. The secret may come from the environment variable
// DEV_OIDC_CLIENT_SECRET instead (then it is not visible in the process list). --port 0 takes a free port.
// Issuer: http://127.0.0.1:<port> (plain http on loopback: a dev provider). Listens on 127.0.0.1 only. Prints
// "oidc-provider ready at http://127.0.0.1:<port>" on stdout once it answers. Signing keys (RS256) and cookie keys
// are made at start, in memory; nothing is stored, a restart forgets every session, code and token.
// SIGTERM or SIGINT stops it (exit 0).
//
// Accounts (fixed; any password is accepted; sub = oid, stable per account):
//   login      name                     preferred_username          roles
//   vuxen      Vera Vuxen (test)        vuxen@kommun.example        ["Team.Vuxen"]
//   barn       Bo Barn (test)           barn@kommun.example         ["Team.BarnOchUnga"]
//   nexus      Nils Nexus (test)        nexus@kommun.example        ["Team.Nexus"]
//   fjarilen   Frida Fjäril (test)      fjarilen@kommun.example     ["Team.Fjarilen"]
//   lead       Lena Ledare (test)       lead@kommun.example         ["Team.Vuxen", "Team.Lead"]
//   ingen      Ingvar Ingenroll (test)  ingen@kommun.example        (no roles claim at all)
// The login form also takes the preferred_username. Unknown names are refused on the form.
//
// What a client sees, Entra-like: the ID token carries sub, oid, roles (scope openid) and name, preferred_username
// (scope profile) itself (conformIdTokenClaims: false), so an OpenID Connect handler needs no userinfo call; userinfo
// (/me) answers the same claims. Consent is granted without a page for the configured client (first party).
// RP-initiated logout (/session/end with id_token_hint or client_id, and post_logout_redirect_uri) signs out and
// redirects back without a question: the page it answers submits itself (a button without JavaScript).
// Pushed authorization requests are off, as Entra ID has none: a client that would use PAR takes the same path as
// against Entra ID. Lifetimes: ID and access token 1 h, code 5 min, login page 10 min, session 8 h.
import { createServer } from 'node:http';
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

// ---- accounts -------------------------------------------------------------------------------------------------

const ACCOUNTS = [
  { login: 'vuxen', sub: '7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0001', name: 'Vera Vuxen (test)', roles: ['Team.Vuxen'] },
  { login: 'barn', sub: '7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0002', name: 'Bo Barn (test)', roles: ['Team.BarnOchUnga'] },
  { login: 'nexus', sub: '7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0003', name: 'Nils Nexus (test)', roles: ['Team.Nexus'] },
  { login: 'fjarilen', sub: '7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0004', name: 'Frida Fjäril (test)', roles: ['Team.Fjarilen'] },
  { login: 'lead', sub: '7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0005', name: 'Lena Ledare (test)', roles: ['Team.Vuxen', 'Team.Lead'] },
  { login: 'ingen', sub: '7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0006', name: 'Ingvar Ingenroll (test)', roles: undefined },
].map((a) => ({ ...a, preferredUsername: `${a.login}@kommun.example` }));

const bySub = new Map(ACCOUNTS.map((a) => [a.sub, a]));

function accountByLogin(value) {
  const wanted = String(value ?? '').trim().toLowerCase();
  if (!wanted) return undefined;
  return ACCOUNTS.find((a) => a.login === wanted || a.preferredUsername === wanted);
}

async function findAccount(ctx, sub) {
  const account = bySub.get(sub);
  if (!account) return undefined;
  return {
    accountId: account.sub,
    async claims() {
      const claims = {
        sub: account.sub,
        oid: account.sub,
        name: account.name,
        preferred_username: account.preferredUsername,
      };
      if (account.roles) claims.roles = [...account.roles];
      return claims;
    },
  };
}

// ---- arguments ------------------------------------------------------------------------------------------------

function usage(message) {
  if (message) console.error(`dev-oidc: ${message}`);
  console.error('usage: node scripts/dev-oidc.mjs --port PORT --client-id ID --client-secret SECRET '
    + '--redirect-uri URI [--redirect-uri URI ...] [--post-logout-redirect-uri URI ...]');
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '5556' },
      'client-id': { type: 'string', default: 'intake-staff' },
      'client-secret': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      'post-logout-redirect-uri': { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  usage(err.message);
}

const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port must be a port number, got ${args.port}`);
const clientId = args['client-id'];
const clientSecret = args['client-secret'] ?? process.env.DEV_OIDC_CLIENT_SECRET;
if (!clientSecret) usage('--client-secret (or DEV_OIDC_CLIENT_SECRET) is required');
const redirectUris = args['redirect-uri'] ?? [];
if (redirectUris.length === 0) usage('at least one --redirect-uri is required');
const postLogoutRedirectUris = args['post-logout-redirect-uri'] ?? [];

// ---- HTML -----------------------------------------------------------------------------------------------------

const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
})[c]);

const STYLE = 'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1a1a1a;background:#fff}'
  + 'main{max-width:34rem;margin:0 auto}label{display:block;font-weight:600;margin-top:1rem}'
  + 'input{font:inherit;padding:.4rem;width:100%;box-sizing:border-box;border:2px solid #555;border-radius:4px}'
  + 'input[aria-invalid=true]{border-color:#b00020}button{font:inherit;margin-top:1rem;padding:.5rem 1.2rem;'
  + 'border:2px solid #0b3d91;border-radius:4px;background:#0b3d91;color:#fff;cursor:pointer}'
  + 'button.secondary{background:#fff;color:#0b3d91}:focus-visible{outline:3px solid #f5a000;outline-offset:2px}'
  + '.error{border-left:6px solid #b00020;padding:.5rem 1rem;background:#fdecee}.note{color:#444}'
  + 'table{border-collapse:collapse;margin-top:.5rem}th,td{text-align:left;padding:.25rem .75rem .25rem 0;'
  + 'border-bottom:1px solid #ccc}code{font-size:1rem}';
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
const AUTO_SUBMIT = "document.forms[0].submit();";
const AUTO_SUBMIT_HASH = `'sha256-${createHash('sha256').update(AUTO_SUBMIT).digest('base64')}'`;

function page(ctx, { status = 200, title, body, script = false }) {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Security-Policy', `default-src 'none'; style-src ${STYLE_HASH}; `
    + `script-src ${script ? AUTO_SUBMIT_HASH : "'none'"}; base-uri 'none'; frame-ancestors 'none'`);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – lokal testinloggning</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>${script ? `\n<script>${AUTO_SUBMIT}</script>` : ''}
</body>
</html>`;
}

const roleText = (a) => (a.roles ? a.roles.join(', ') : 'inga roller');

function loginPage(ctx, uid, { login = '', error, status = 200 } = {}) {
  const invalid = error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const rows = ACCOUNTS.map((a) => `<tr><td><code>${a.login}</code></td><td>${escapeHtml(a.name)}</td>`
    + `<td>${escapeHtml(roleText(a))}</td></tr>`).join('\n');
  page(ctx, {
    status,
    title: 'Logga in',
    body: `<h1>Logga in</h1>
<p class="note">Lokal testinloggning för Intake, i stället för Entra ID. Inget riktigt konto: <strong>alla lösenord godtas</strong>.</p>
${error ? `<div class="error" role="alert"><p id="login-error">${escapeHtml(error)}</p></div>\n` : ''}<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="login">Användarnamn</label>
<input id="login" name="login" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus value="${escapeHtml(login)}"${invalid}>
<label for="password">Lösenord</label>
<input id="password" name="password" type="password" autocomplete="current-password" aria-describedby="password-note">
<p class="note" id="password-note">Vilket lösenord som helst fungerar (utvecklingsinloggning).</p>
<button type="submit">Logga in</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort">
<button type="submit" class="secondary">Avbryt inloggningen</button>
</form>
<h2>Testkonton</h2>
<table>
<thead><tr><th scope="col">Användarnamn</th><th scope="col">Namn</th><th scope="col">Roller</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  });
}

function errorPage(ctx, status, message) {
  page(ctx, {
    status,
    title: 'Inloggningen gick inte',
    body: `<h1>Inloggningen gick inte</h1>\n<p>${escapeHtml(message)}</p>\n`
      + '<p>Gå tillbaka till appen och logga in igen.</p>',
  });
}

// ---- provider -------------------------------------------------------------------------------------------------

function signingKeys() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
}

function createProvider(issuer) {
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      client_name: 'Intake (personal)',
      application_type: 'web',
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      // Either way is taken at the token endpoint (oidc-provider treats basic and post alike).
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    }],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    jwks: signingKeys(),
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      // The app runs on the same host (127.0.0.1, another port): cookies do not tell ports apart, so the
      // provider's cookies get names of their own.
      names: { session: 'dev_oidc_session', interaction: 'dev_oidc_interaction', resume: 'dev_oidc_resume' },
    },
    findAccount,
    scopes: ['openid', 'profile', 'offline_access'],
    claims: {
      openid: ['sub', 'oid', 'roles'],
      profile: ['name', 'preferred_username'],
    },
    // Entra ID puts the profile claims and app roles in the ID token itself.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      userinfo: { enabled: true },
    },
    loadExistingGrant,
    renderError,
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 5 * 60,
      IdToken: 60 * 60,
      Interaction: 10 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
      RefreshToken: 24 * 60 * 60,
    },
  });

  provider.use(interactionRoutes(provider));
  for (const event of ['server_error', 'authorization.error', 'grant.error', 'end_session.error', 'userinfo.error']) {
    provider.on(event, (ctx, err) => console.error(`dev-oidc: ${event}: ${err?.message}${err?.error_description ? ` (${err.error_description})` : ''}`));
  }
  provider.on('grant.success', (ctx) => console.log(`dev-oidc: tokens issued to ${ctx.oidc.client?.clientId}`));
  provider.on('end_session.success', () => console.log('dev-oidc: signed out'));
  return provider;
}

// The configured client is first party: whatever OpenID scopes and claims it asks for are granted without a
// consent page (the FAQ's "skip consent" through loadExistingGrant).
async function loadExistingGrant(ctx) {
  const { oidc } = ctx;
  const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
  let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (oidc.client.clientId !== clientId) return grant;
  if (!grant) grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' ') || 'openid');
  const claims = [...oidc.requestParamClaims];
  if (claims.length) grant.addOIDCClaims(claims);
  await grant.save();
  return grant;
}

async function logoutSource(ctx, form) {
  // form: <form id="op.logoutForm" method="post" action="…/session/end/confirm"><input name="xsrf" …></form>.
  // Submitted with logout=yes: the whole session at the provider ends, no question asked.
  const autoForm = form.replace('</form>', '<input type="hidden" name="logout" value="yes">'
    + '<noscript><p>Utan JavaScript: tryck på knappen.</p><button type="submit">Logga ut</button></noscript></form>');
  page(ctx, { title: 'Loggar ut', body: `<h1>Loggar ut …</h1>\n${autoForm}`, script: true });
}

async function postLogoutSuccessSource(ctx) {
  page(ctx, { title: 'Utloggad', body: '<h1>Du är utloggad</h1>\n<p>Du är utloggad från den lokala testinloggningen.</p>' });
}

async function renderError(ctx, out) {
  const details = Object.entries(out).map(([k, v]) => `<li><code>${escapeHtml(k)}</code>: ${escapeHtml(v)}</li>`).join('');
  page(ctx, {
    status: ctx.status >= 400 ? ctx.status : 400,
    title: 'Fel',
    body: `<h1>Något gick fel i inloggningen</h1>\n<ul>${details}</ul>\n<p>Gå tillbaka till appen och försök igen.</p>`,
  });
}

// ---- interaction routes (the login page) ----------------------------------------------------------------------

async function readForm(ctx, limit = 16 * 1024) {
  if (!ctx.is('application/x-www-form-urlencoded')) return undefined;
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function interactionRoutes(provider) {
  const route = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;
  return async function interaction(ctx, next) {
    const match = route.exec(ctx.path);
    if (!match) return next();
    const [, uid, action] = match;
    if ((action ? 'POST' : 'GET') !== ctx.method) {
      ctx.status = 405;
      ctx.set('Allow', action ? 'POST' : 'GET');
      return undefined;
    }

    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch {
      return errorPage(ctx, 400, 'Inloggningen har gått ut eller hittades inte (den gäller i 10 minuter).');
    }
    if (details.uid !== uid) return errorPage(ctx, 400, 'Inloggningen hör inte till den här webbläsarsessionen.');

    const finish = async (result) => {
      const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
      ctx.status = 303;
      ctx.redirect(returnTo);
    };

    if (action === 'abort') {
      return finish({ error: 'access_denied', error_description: 'the person cancelled the sign-in' });
    }

    if (details.prompt.name === 'consent') {
      // Only reached for prompt=consent or a client other than the configured one: grant what was asked.
      const { missingOIDCScope = [], missingOIDCClaims = [] } = details.prompt.details;
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      if (missingOIDCScope.length) grant.addOIDCScope(missingOIDCScope.join(' '));
      if (missingOIDCClaims.length) grant.addOIDCClaims(missingOIDCClaims);
      const grantId = await grant.save();
      return finish({ consent: { grantId } });
    }

    if (action !== 'login') {
      return loginPage(ctx, uid, { login: details.params.login_hint ?? '' });
    }

    const form = await readForm(ctx);
    if (!form) return errorPage(ctx, 400, 'Formuläret kom inte fram som ett vanligt formulär.');
    const login = form.get('login') ?? '';
    const account = accountByLogin(login);
    if (!account) {
      const error = login.trim()
        ? `Det finns inget testkonto som heter ”${login.trim()}”. Använd ett av testkontona nedan.`
        : 'Skriv ett användarnamn, till exempel vuxen.';
      return loginPage(ctx, uid, { login, error, status: 400 });
    }
    console.log(`dev-oidc: signed in as ${account.login}`);
    return finish({ login: { accountId: account.sub, amr: ['pwd'], remember: true } });
  };
}

// ---- server ---------------------------------------------------------------------------------------------------

let handler = (req, res) => {
  res.statusCode = 503;
  res.end('starting');
};
const server = createServer((req, res) => handler(req, res));
server.on('error', (err) => {
  console.error(`dev-oidc: ${err.code === 'EADDRINUSE' ? `port ${port} is already in use on 127.0.0.1` : err.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  handler = createProvider(issuer).callback();
  console.log(`oidc-provider ready at ${issuer}`);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`dev-oidc: ${signal}, stopping`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
