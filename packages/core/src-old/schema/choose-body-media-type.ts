/** Picks the request media type the invoker sends: JSON first, then form-urlencoded, multipart, text, binary. */

const preferences: Array<(mediaType: string) => boolean> = [
  (type) => type === 'application/json',
  (type) => /^application\/([a-z0-9.-]+\+)?json$/.test(type) || type.endsWith('/json'),
  (type) => type === 'application/x-www-form-urlencoded',
  (type) => type === 'multipart/form-data',
  (type) => type.startsWith('multipart/'),
  (type) => type.startsWith('text/'),
  (type) => type === 'application/octet-stream',
];

/** The preferred media type among `mediaTypes` (compared without parameters, case-insensitively), else the first. */
export function chooseBodyMediaType(mediaTypes: string[]): string | undefined {
  const normalized = mediaTypes.map((type) => type.split(';')[0].trim().toLowerCase());
  for (const matches of preferences) {
    const index = normalized.findIndex(matches);
    if (index !== -1) return mediaTypes[index];
  }
  return mediaTypes[0];
}
