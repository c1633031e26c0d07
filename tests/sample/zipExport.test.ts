import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { generateExport, zipExport } from '../../shared/sample';

describe('zipExport', () => {
  const exp = generateExport({ era: 2026 });

  it('packs every file with its bytes, reproducibly', async () => {
    const bytes = await zipExport(exp);
    expect(Buffer.from(bytes).equals(Buffer.from(await zipExport(exp)))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.values(zip.files).filter((f) => !f.dir);
    expect(files.map((f) => f.name).sort()).toEqual(exp.files.map((f) => f.path).sort());
    for (const file of exp.files) {
      const read = await zip.file(file.path)!.async('uint8array');
      expect(Buffer.from(read).equals(Buffer.from(file.bytes)), file.path).toBe(true);
    }
    const folders = Object.values(zip.files).filter((f) => f.dir).map((f) => f.name).sort();
    expect(folders).toEqual(['Articles/', 'Articles/Articles/', 'Jobs/', 'Services Marketplace/', 'Verifications/']);
  });

  it('puts every path under a top folder when asked', async () => {
    const zip = await JSZip.loadAsync(await zipExport(exp, { topFolder: 'My LinkedIn data' }));
    const names = Object.keys(zip.files);
    expect(names.every((n) => n.startsWith('My LinkedIn data/'))).toBe(true);
    const csv = await zip.file('My LinkedIn data/Profile.csv')!.async('uint8array');
    expect(Buffer.from(csv).equals(Buffer.from(exp.files.find((f) => f.path === 'Profile.csv')!.bytes))).toBe(true);
  });

  it('stores instead of deflating on request, and 2018 zips carry UTF-16 bytes intact', async () => {
    const old = generateExport({ era: 2018 });
    const stored = await zipExport(old, { store: true });
    const deflated = await zipExport(old);
    expect(stored.length).toBeGreaterThan(deflated.length);
    const zip = await JSZip.loadAsync(stored);
    const messages = await zip.file('Messages.csv')!.async('uint8array');
    expect([messages[0], messages[1]]).toEqual([0xff, 0xfe]);
  });
});
