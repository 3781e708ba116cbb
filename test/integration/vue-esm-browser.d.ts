// Vue's browser ES build (runtime + template compiler) has the same API as the package entry.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
