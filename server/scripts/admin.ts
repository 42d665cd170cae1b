import { parseArgs } from 'node:util';
import { joinSchema, replaceKeySchema } from '../../contract/workspace';
import { readConfig } from '../config';
import { inProcessUpstream, remoteUpstream, type Upstream } from '../dashboard/upstream';
import { validate } from '../lib/request-body';
import { createSandbox } from '../sandbox/app';
import { hashPassword } from '../workspace/crypto/passwords';
import { workspaceFromConfig } from '../workspace/from-config';
import { keyAccepted } from '../workspace/routes/deps';
import { secretReader } from './admin-input';

/**
 * Headless installs and recovery, on the same database and secret as the server (same environment):
 *   npm run admin -- create-owner --email you@example.com --name "Your Name"   (password, then the partner key if not set up)
 *   npm run admin -- reset-password --email someone@example.com [--clear-two-factor]
 *   npm run admin -- set-key
 * Secrets are read from stdin (piped, one per line) or typed at a prompt that does not echo.
 */
const USAGE = 'usage: npm run admin -- create-owner --email E --name N | reset-password --email E [--clear-two-factor] | set-key';
const CLI = { id: 'admin-cli', name: 'admin CLI' };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, 'clear-two-factor': { type: 'boolean' } },
});
const config = readConfig();
const workspace = workspaceFromConfig(config);
const ask = secretReader();

function upstream(): Upstream {
  if (config.upstreamUrl) return remoteUpstream(config.upstreamUrl);
  return inProcessUpstream(createSandbox({ dbFile: config.sandboxDb, apiKey: config.sandboxApiKey }).app);
}

async function checkedKey(): Promise<string> {
  const { api_key: key } = validate(replaceKeySchema, { api_key: (await ask('Partner API key (osk_…): ')).trim() });
  if (!(await keyAccepted(upstream(), key))) throw new Error('the partner API did not accept this key');
  return key;
}

async function createOwner() {
  const input = validate(joinSchema, {
    token: 'x'.repeat(32),
    email: values.email,
    name: values.name,
    password: await ask('Password: '),
  });
  const passwordHash = await hashPassword(input.password);
  if (await workspace.setupRequired()) {
    const created = await workspace.setUp({ email: input.email, name: input.name, passwordHash }, await checkedKey());
    if (!created) throw new Error('another process set the workspace up meanwhile');
  } else {
    if (await workspace.members.byEmail(input.email)) throw new Error(`${input.email} is already a member; use reset-password`);
    await workspace.members.create({ email: input.email, name: input.name, role: 'owner', passwordHash });
  }
  await workspace.audit.record({
    action: 'member.joined',
    actor: CLI,
    address: 'cli',
    detail: { member: input.name, role: 'owner' },
  });
  return `owner ${input.email} created`;
}

async function resetPassword() {
  const member = values.email ? await workspace.members.byEmail(values.email) : undefined;
  if (!member) throw new Error(`no member with the email ${values.email ?? '(missing --email)'}`);
  const { password } = validate(joinSchema, {
    token: 'x'.repeat(32),
    email: member.email,
    name: member.name,
    password: await ask('New password: '),
  });
  const clear = values['clear-two-factor'] === true;
  await workspace.members.update(member.id, {
    password_hash: await hashPassword(password),
    ...(clear ? { totp_sealed: null, totp_pending: null } : {}),
  });
  await workspace.sessions.endAllOf(member.id);
  await workspace.audit.record({
    action: 'password.changed',
    actor: CLI,
    address: 'cli',
    detail: { member: member.name, two_factor_cleared: clear },
  });
  return `password of ${member.email} replaced${clear ? ', two-factor cleared' : ''}; their sessions ended`;
}

async function setKey() {
  if (await workspace.setupRequired()) throw new Error('no workspace yet: run create-owner first');
  const key = await checkedKey();
  await workspace.settings.replaceKey(key, CLI.name);
  await workspace.audit.record({ action: 'key.changed', actor: CLI, address: 'cli', detail: { key: `osk_…${key.slice(-4)}` } });
  return `partner key replaced (osk_…${key.slice(-4)})`;
}

const commands: Record<string, () => Promise<string>> = {
  'create-owner': createOwner,
  'reset-password': resetPassword,
  'set-key': setKey,
};

try {
  const command = commands[positionals[0] ?? ''];
  if (!command) throw new Error(USAGE);
  await workspace.ready;
  console.log(await command());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await workspace.close();
}
