/** The URL a request goes to, exactly as openapi-fetch composes it: base URL + path template filled + query. */

const templateParameter = /\{([^{}]+)\}/g;

/** Fills `{name}` in the template from already-serialised values (unknown names are left as they are). */
export function fillPathTemplate(options: { template: string; values: Record<string, unknown> }): string {
  return options.template.replace(templateParameter, (match, name: string) => {
    const value = options.values[name];
    return typeof value === 'string' ? value : match;
  });
}

/** Joins the base URL (trailing slash removed), the filled path and the encoded query pairs. */
export function buildRequestUrl(options: { baseUrl: string; path: string; values: Record<string, string>; query: string[] }): string {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl.slice(0, -1) : options.baseUrl;
  const url = fillPathTemplate({ template: `${base}${options.path}`, values: options.values });
  return options.query.length > 0 ? `${url}?${options.query.join('&')}` : url;
}
