// Vite's client types declare `?raw` imports: the gallery shows its variants' real source.
/// <reference types="vite/client" />
