import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/content/project.ts';
import { fixtureBuildDate, overlayContent } from '../helpers/fixture-content.ts';

function view() {
  const { root, cleanup } = overlayContent();
  try {
    return loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate }).view();
  } finally {
    cleanup();
  }
}

describe('public view', () => {
  const v = view();
  const text = JSON.stringify(v);

  it('drops internal fields and non-public evidence, once for every output', () => {
    expect(text).not.toContain('platform-team');
    expect(text).not.toContain('security-team');
    expect(text).not.toContain('infra/terraform/lb.tf');
    expect(text).not.toContain('Load balancer TLS policy');
    expect(text).not.toContain('Access review records');
    expect(v.evidence.map((e) => e.id)).toEqual(['provider-cert']);
  });

  it('keeps what customers may read, with validity computed on the build date', () => {
    const enc = v.measures.find((m) => m.id === 'ENC-01')!;
    expect(enc).toMatchObject({ category: 'encryption', status: 'implemented', nextReview: '2027-10-01', evidenceOnRequest: 0 });
    expect(enc.evidence).toEqual([
      expect.objectContaining({ id: 'provider-cert', url: 'https://provider.example/iso27001', validity: 'valid' }),
    ]);
    expect(v.measures.find((m) => m.id === 'ACC-01')!.evidenceOnRequest).toBe(1);
    // ACC-01's only answer is given to customers: the measure page counts it and shows nothing of it.
    expect(v.measures.find((m) => m.id === 'ACC-01')!.answersOnRequest).toBe(1);
    expect(enc.answersOnRequest).toBe(0);
    expect(text).not.toContain('Are access rights reviewed at a fixed interval?');
    expect(v.certifications[0]).toMatchObject({ validity: 'valid', inheritedFrom: { id: 'provider', name: 'Example Hosting' } });
    expect(v.subprocessors[0]).toMatchObject({ since: '2026-01-01', state: 'active' });
  });

  it('resolves components in bodies into the public node set', () => {
    const enc = v.measures.find((m) => m.id === 'ENC-01')!;
    expect(enc.text).toBe(
      'Connections are accepted only over TLS 1.2 or higher, as the Hosting provider ISO/IEC 27001 certificate confirms.',
    );
    expect(JSON.stringify(enc.body)).toContain('"type":"evidenceRef"');
    expect(JSON.stringify(enc.body)).not.toContain('position');
  });

  it('orders measures by taxonomy category, then id', () => {
    expect(v.measures.map((m) => m.id)).toEqual(['ENC-01', 'ACC-01']);
  });
});
