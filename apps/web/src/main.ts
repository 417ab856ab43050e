import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createWebHistory } from 'vue-router';
import App from './App.vue';
import { createAppRouter } from './router';

const pinia = createPinia();
const app = createApp(App);
app.use(pinia);
const router = createAppRouter(createWebHistory(import.meta.env.BASE_URL), pinia);
app.use(router);
// Mount once the first page (and its language's strings) is ready: no flash of an empty layout.
void router.isReady().then(() => app.mount('#app'));
