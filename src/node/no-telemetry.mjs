// No build of this site reports to Astro's telemetry, whoever runs it and however (npm scripts,
// tests, CI, an editor's machine). Astro reads this variable when it records, after loading
// astro.config.mjs; this module is that file's first import, so the variable is set even when a
// later import throws (a bad SITE_URL), which Astro would otherwise report as a config error.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
