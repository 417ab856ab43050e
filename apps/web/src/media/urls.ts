import type { Media } from '@jaryk/client';

type Variant = Media['variants'][number];

/** The API's origin ('' when it serves the site itself); media paths are relative to it. */
const API_ORIGIN = import.meta.env.VITE_API_URL ?? '';

/**
 * A stored file's address, or null. Only the API's own `/media/…` paths are accepted: the site
 * never makes the visitor's browser ask a third-party host for an image.
 */
export function mediaUrl(path: string | null | undefined): string | null {
  if (!path || !path.startsWith('/media/') || path.startsWith('//')) return null;
  return `${API_ORIGIN}${path}`;
}

/** Formats browsers may lack, best first; each becomes a <source> of a <picture>. */
export const MODERN_FORMATS = ['avif', 'webp'] as const;

/** Formats every browser shows: the <img> itself. */
const BASELINE_FORMATS = ['jpeg', 'png'] as const;

/** `url 320w, url 640w, …` for the variants of one format, narrowest first; '' if none. */
export function srcsetOf(variants: readonly Variant[], format: Variant['format']): string {
  return variants
    .filter((v) => v.format === format && mediaUrl(v.url) !== null)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.url)} ${v.width}w`)
    .join(', ');
}

export interface ImageSources {
  /** `<source>` candidates, best format first. */
  sources: { type: string; srcset: string }[];
  /** The <img>: a baseline format every browser decodes. */
  src: string;
  srcset: string;
  width: number | null;
  height: number | null;
}

/**
 * What a responsive <picture> needs from a media record: srcsets per format from its variants,
 * a fallback `src` about `preferredWidth` wide, and the intrinsic size (so the page does not
 * jump when the image arrives). Null when there is nothing the site may show.
 */
export function imageSources(media: Media, preferredWidth = 1024): ImageSources | null {
  const usable = media.variants.filter((v) => mediaUrl(v.url) !== null);
  const baseline = usable
    .filter((v) => (BASELINE_FORMATS as readonly string[]).includes(v.format))
    .sort((a, b) => a.width - b.width);
  const fallbackFormat = baseline[0]?.format;
  const fallback =
    baseline.find((v) => v.width >= preferredWidth) ?? baseline[baseline.length - 1] ?? null;
  const src = mediaUrl(fallback?.url) ?? mediaUrl(media.url);
  if (!src) return null;

  const largest = [...usable].sort((a, b) => b.width - a.width)[0];
  const width = media.width ?? largest?.width ?? null;
  const height = media.height ?? largest?.height ?? null;

  return {
    sources: MODERN_FORMATS.map((format) => ({
      type: `image/${format}`,
      srcset: srcsetOf(usable, format),
    })).filter((s) => s.srcset !== ''),
    src,
    srcset: fallbackFormat ? srcsetOf(usable, fallbackFormat) : '',
    width,
    height,
  };
}

/** A YouTube id as the API gives it: 11 characters of [A-Za-z0-9_-]; anything else is refused. */
export function safeYoutubeId(id: string | null | undefined): string | null {
  return id && /^[\w-]{11}$/.test(id) ? id : null;
}

/** An http(s) address from the API (e.g. an organization's website), or null for anything else. */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
