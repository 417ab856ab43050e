import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createWebHistory } from 'vue-router';
import App from './App.vue';
import { createAppRouter } from './router';

const pinia = createPinia();
const app = createApp(App);
app.use(pinia);
app.use(createAppRouter(createWebHistory(import.meta.env.BASE_URL), pinia));
app.mount('#app');
