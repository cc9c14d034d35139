// `npm run urls:record`: after `npm run build`, adds the new addresses of dist/ to
// content/published-urls.txt, so that removing one of them later without a redirect fails the build.
// The deploy job runs it after a successful build and commits the file; an editor may run it too.
import { existsSync } from 'node:fs';
import { recordPublished } from '../src/integrations/published-urls.mjs';

const outDir = process.argv[2] ?? 'dist';
if (!existsSync(outDir)) {
  console.error(`urls:record: ${outDir}/ not found. Run \`npm run build\` first.`);
  process.exit(1);
}
try {
  const added = recordPublished(outDir);
  console.log(
    added
      ? `${added} new addresses recorded in content/published-urls.txt; commit that file.`
      : 'No new addresses; content/published-urls.txt unchanged.',
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
