import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteEnv, siteUrlWarning } from './site-env.mjs';

describe('siteEnv', () => {
  it('reads SITE_URL, BASE_PATH and OUT_DIR, with defaults for local use', () => {
    expect(siteEnv({})).toEqual({
      site: DEFAULT_SITE,
      base: '/',
      outDir: './dist',
      finalQuizCounts: false,
    });
    expect(
      siteEnv({ SITE_URL: ' https://training.example.com ', BASE_PATH: 'course', OUT_DIR: 'out' }),
    ).toEqual({
      site: 'https://training.example.com',
      base: '/course/',
      outDir: 'out',
      finalQuizCounts: false,
    });
  });

  it('makes the 综合测验 count only when FINAL_QUIZ_COUNTS says so', () => {
    for (const on of ['1', 'true', 'YES', ' yes '])
      expect(siteEnv({ FINAL_QUIZ_COUNTS: on }).finalQuizCounts).toBe(true);
    for (const off of ['', '0', 'false', 'no', 'maybe'])
      expect(siteEnv({ FINAL_QUIZ_COUNTS: off }).finalQuizCounts).toBe(false);
  });
});

describe('siteUrlWarning', () => {
  it('warns when SITE_URL is unset or blank, naming what would point at localhost', () => {
    for (const env of [{}, { SITE_URL: '  ' }]) {
      const warning = siteUrlWarning(env);
      expect(warning).toContain('SITE_URL is not set');
      expect(warning).toContain('canonical');
      expect(warning).toContain('og:url');
      expect(warning).toContain(DEFAULT_SITE);
    }
  });

  it('is silent when SITE_URL is set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://training.example.com' })).toBeNull();
  });
});
