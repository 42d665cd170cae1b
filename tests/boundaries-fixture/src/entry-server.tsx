export const entry = 'the one door from the server into the web app';
