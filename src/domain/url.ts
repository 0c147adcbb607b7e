/**
 * The one http(s) check: links in data, `?data=` addresses. Anything else (javascript:,
 * data:, file:, relative text without a base) is refused.
 */
export function httpUrl(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The address of an http(s) link, else undefined: no javascript:, data: or relative links from data. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  return value ? httpUrl(value)?.href : undefined;
}
