import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSettings } from '../../../lib/settings';
import { buildManagedSchema } from '../../../lib/settings/managed-schema';
import { departmentSettingsSchema } from '../../../lib/settings/schema';

const read = (name: string) => readFileSync(resolve(__dirname, '../../../docs/examples', name), 'utf8');
const example = JSON.parse(read('harbor-county-policy.json')) as Record<string, unknown>;
const chromeTypes = buildManagedSchema().properties as Record<string, { type: string }>;

/** The policy values a Windows .reg file sets under ...\3rdparty\extensions\<id>\policy, as Chrome reads them. */
function policyFromReg(reg: string): Record<string, unknown> {
  const section = reg.split(/\r?\n\[/).find((block) => /3rdparty\\extensions\\[a-p]{32}\\policy\]/.test(block));
  const values: Record<string, unknown> = {};
  for (const line of section!.split(/\r?\n/).slice(1)) {
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    const text = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (dword) values[dword[1]!] = chromeTypes[dword[1]!]!.type === 'boolean' ? parseInt(dword[2]!, 16) !== 0 : parseInt(dword[2]!, 16);
    else if (text) {
      const raw = text[2]!.replace(/\\(.)/g, '$1');
      // Chrome parses REG_SZ JSON text where the schema wants a list or an object (registry_dict.cc).
      values[text[1]!] = ['array', 'object'].includes(chromeTypes[text[1]!]!.type) ? JSON.parse(raw) : raw;
    }
  }
  return values;
}

function plistValue(node: Element): unknown {
  switch (node.tagName) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'integer':
      return Number(node.textContent);
    case 'string':
      return node.textContent;
    case 'array':
      return Array.from(node.children).map(plistValue);
    default: {
      const children = Array.from(node.children);
      const dict: Record<string, unknown> = {};
      for (let i = 0; i < children.length; i += 2) dict[children[i]!.textContent!] = plistValue(children[i + 1]!);
      return dict;
    }
  }
}

describe('docs/examples', () => {
  it('Harbor County policy is valid with zero problems', () => {
    expect(mergeSettings({ policy: example }).problems).toEqual([]);
    expect(departmentSettingsSchema.safeParse(example).success).toBe(true);
    expect(String((example.victimLiaison as { phone: string }).phone)).toMatch(/555-01\d\d/);
  });

  it('the Windows .reg sets the same policy and force-installs the extension', () => {
    const reg = read('harbor-county-chrome.reg');
    expect(reg.startsWith('Windows Registry Editor Version 5.00')).toBe(true);
    expect(reg).toMatch(/\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist\]\r\n"1"="[a-p]{32};https:\/\//);
    expect(policyFromReg(reg)).toEqual(example);
  });

  it('the macOS profile sets the same policy in com.google.Chrome.extensions.<id>', () => {
    const doc = new DOMParser().parseFromString(read('harbor-county-chrome.mobileconfig'), 'application/xml');
    const profile = plistValue(doc.querySelector('plist > dict')!) as { PayloadContent: Record<string, unknown>[] };
    const [chrome, extension] = profile.PayloadContent;
    expect(chrome).toMatchObject({ PayloadType: 'com.google.Chrome', ExtensionInstallForcelist: [expect.stringMatching(/^[a-p]{32};https:\/\//)] });
    const { PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, ...policy } = extension!;
    expect(PayloadType).toMatch(/^com\.google\.Chrome\.extensions\.[a-p]{32}$/);
    expect([PayloadIdentifier, PayloadUUID, PayloadVersion]).toEqual([expect.any(String), expect.any(String), 1]);
    expect(policy).toEqual(example);
  });
});
