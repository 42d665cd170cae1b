import { afterEach, describe, expect, it } from 'vitest';
import { embeddedMessages, MESSAGES_ID } from './embedded';

function embed(text: string) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = MESSAGES_ID;
  block.textContent = text;
  document.body.append(block);
}

afterEach(() => document.getElementById(MESSAGES_ID)?.remove());

describe('the catalog a server-rendered page carries', () => {
  it('is used when it is a catalog of compiled messages', () => {
    embed(JSON.stringify({ 'app.name': ['The Open Money'], 'common.copy': 'Copy' }));
    expect(embeddedMessages(document)).toEqual({ 'app.name': ['The Open Money'], 'common.copy': 'Copy' });
  });

  it('is ignored when absent, garbled or not a catalog (the app then loads its own)', () => {
    expect(embeddedMessages(document)).toBeNull();
    for (const text of ['{', '[]', 'null', '{}', '{"a": 1}', '{"a": {"b": "c"}}']) {
      embed(text);
      expect(embeddedMessages(document), text).toBeNull();
      document.getElementById(MESSAGES_ID)?.remove();
    }
  });
});
