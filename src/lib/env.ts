/** True in `vite dev`; false in production builds and on the server (where `import.meta.env` is absent). */
export const isDev: boolean = import.meta.env?.DEV === true;
