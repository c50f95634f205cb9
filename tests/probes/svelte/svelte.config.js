// Stops svelte-check looking further up (the repository root has a vite.config.ts).
export default {};
