import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchExport, filenameFrom } from './export-api';

afterEach(() => vi.unstubAllGlobals());

describe('export downloads', () => {
  it('takes the UTF-8 file name the server gave, falling back to the ASCII one', () => {
    expect(
      filenameFrom(
        `attachment; filename="Trygg-skolevei-2025-03-18.pdf"; filename*=UTF-8''Trygg%20skolevei%20%C3%A6%C3%B8%C3%A5%202025-03-18.pdf`,
        'x.pdf',
      ),
    ).toBe('Trygg skolevei æøå 2025-03-18.pdf');
    expect(filenameFrom('attachment; filename="Trygg-skolevei.csv"', 'x.csv')).toBe(
      'Trygg-skolevei.csv',
    );
    expect(filenameFrom(null, 'moteplass.md')).toBe('moteplass.md');
  });

  it('EXPORT-1 sends the token in the Authorization header, never in the URL', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('%PDF-1.7', {
          headers: { 'content-disposition': 'attachment; filename="Rapport.pdf"' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = await fetchExport('w1', 'secret-token', 'svg', {
      includeNames: true,
      phase: 'design',
    });
    expect(file.filename).toBe('Rapport.pdf');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/workshops/w1/export.svg?includeNames=true&phase=design');
    expect(url).not.toContain('secret-token');
    expect(init.headers).toMatchObject({ authorization: 'Bearer secret-token' });
  });
});
