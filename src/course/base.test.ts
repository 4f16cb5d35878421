import { describe, expect, it } from 'vitest';
import { baseOfScript, LMS_PACKAGE, pageLink, siteBase, withIndexFile } from './base';

describe('the base path and page links', () => {
  it('finds the base one folder above the script (the build puts scripts in _astro/)', () => {
    expect(baseOfScript('https://lms.example.com/content/42/_astro/base.Abc.js')).toBe(
      '/content/42/',
    );
    expect(baseOfScript('http://localhost:4173/_astro/page.js')).toBe('/');
  });

  it('names index.html in links to a folder, keeping the query and fragment', () => {
    expect(withIndexFile('../../role/duties/')).toBe('../../role/duties/index.html');
    expect(withIndexFile('/c/role/duties/#要点')).toBe('/c/role/duties/index.html#要点');
    expect(withIndexFile('/c/embed/swot/?ns=a-1')).toBe('/c/embed/swot/index.html?ns=a-1');
    expect(withIndexFile('/c/')).toBe('/c/index.html');
    expect(withIndexFile('/c/pagefind/terms.json')).toBe('/c/pagefind/terms.json');
    expect(withIndexFile('/c/role/duties/index.html#x')).toBe('/c/role/duties/index.html#x');
  });

  it('leaves the website as it is built: its base, links to folders', () => {
    expect(LMS_PACKAGE).toBe(false);
    expect(siteBase()).toBe('/');
    expect(pageLink('/role/duties/')).toBe('/role/duties/');
  });
});
