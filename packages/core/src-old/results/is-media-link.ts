/** Tells a link to an image, audio or video file (which a model reading text cannot see) from other strings. */
import { splitWords } from '../search/split-words';

/** Words that name an image in a field name (`avatar_url`, `profileImageUrl`, `logo`); a plural `s` is ignored. */
const imageWords = new Set(['avatar', 'icon', 'logo', 'image', 'img', 'picture', 'pic', 'photo', 'thumbnail', 'thumb', 'gravatar', 'banner', 'favicon']);

/** File extensions of images, audio and video, at the end of a URL's path. */
const mediaExtension = /\.(?:png|apng|jpe?g|gif|webp|svg|ico|bmp|avif|heic|heif|tiff?|mp3|wav|ogg|oga|m4a|flac|aac|opus|mp4|m4v|webm|mov|avi|mkv)$/i;

/**
 * Whether the field `key` holding `value` is a media link: a `data:` URI of an image, audio or video, or an
 * http(s) URL that either ends in a media file extension (`…/badge.svg`, `…/a.png?v=8`) or sits under a key naming
 * an image (`avatar_url`, `logo`, `thumbnailUrl`). Any other string, and any non-string, is not.
 */
export function isMediaLink(options: { key: string; value: unknown }): boolean {
  const { key, value } = options;
  if (typeof value !== 'string') return false;
  if (/^data:(?:image|audio|video)\//i.test(value)) return true;
  if (!/^https?:\/\//i.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (mediaExtension.test(url.pathname)) return true;
  return splitWords(key).some((word) => imageWords.has(word) || (word.endsWith('s') && imageWords.has(word.slice(0, -1))));
}
