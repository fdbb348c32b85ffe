/** Percent-encodes one parameter value for a URL, honouring OpenAPI `allowReserved` without letting it split the URL. */

/** Characters `allowReserved` leaves as they are; `&`, `=`, `#`, `+`, `%` and `?` stay encoded so a value can never add parameters. */
const keptReserved = /%(2F|3A|40|21|24|27|28|29|2A|2C|3B|5B|5D)/gi;

/** Encodes a primitive value (string, number, boolean) as a URL component. */
export function encodeParameterValue(value: unknown, options?: { allowReserved?: boolean }): string {
  const encoded = encodeURIComponent(String(value));
  return options?.allowReserved ? encoded.replace(keptReserved, (match) => decodeURIComponent(match)) : encoded;
}
