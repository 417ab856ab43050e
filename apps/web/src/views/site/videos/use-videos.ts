import { type Locale, type Media, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, toValue } from 'vue';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

/** Videos per page of the videos page. */
export const VIDEOS_PAGE_SIZE = 12;

export interface VideoPage {
  videos: Media[];
  page: number;
  pageCount: number;
}

/** A page of the media library's videos (YouTube), newest first, titles in `locale`. */
export function useVideos(
  locale: MaybeRefOrGetter<Locale>,
  page: MaybeRefOrGetter<number>,
  pageSize = VIDEOS_PAGE_SIZE,
) {
  return useResource(
    () => `${toValue(locale)}/${toValue(page)}`,
    async (signal): Promise<VideoPage> => {
      const { data, meta } = unwrap(
        await api.GET('/api/v1/media', {
          params: {
            query: { kind: 'video', locale: toValue(locale), page: toValue(page), pageSize },
          },
          signal,
        }),
      );
      return {
        // A video record without a YouTube id has nothing to play.
        videos: data.filter((media) => media.youtubeId),
        page: meta.page,
        pageCount: Math.ceil(meta.total / meta.pageSize),
      };
    },
  );
}
