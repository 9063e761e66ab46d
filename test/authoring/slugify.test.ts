import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/authoring/yaml-text.ts';

describe('slugify', () => {
  it('spells German letters out as German does, and strips other accents', () => {
    expect(slugify('WLAN für Gäste')).toBe('wlan-fuer-gaeste');
    expect(slugify('Schlüsselübergabe an Größere Büros')).toBe('schluesseluebergabe-an-groessere-bueros');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Sécurité des données')).toBe('securite-des-donnees');
    // Decomposed input (u + combining diaeresis) reads the same as composed.
    expect(slugify('fu\u0308r')).toBe('fuer');
  });

  it('keeps kebab ids short and clean', () => {
    expect(slugify('Key rotation (AES)')).toBe('key-rotation-aes');
    expect(slugify('  --Backups: daily!--  ')).toBe('backups-daily');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40), 60)).toBe('a'.repeat(30));
  });
});
