import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createWebHistory } from 'vue-router';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';

const pinia = createPinia();
const app = createApp(App);
app.use(pinia);
app.use(createAppI18n());
app.use(createAppRouter(createWebHistory(import.meta.env.BASE_URL), pinia));
app.mount('#app');
