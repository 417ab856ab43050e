import type { MessageSchema } from '../ru';

const videos: MessageSchema['videos'] = {
  title: 'Videos',
  loading: 'Loading videos…',
  empty: 'No videos yet.',
  intro: 'Our videos are hosted on YouTube. Nothing loads from there until you press play.',
};

export default videos;
