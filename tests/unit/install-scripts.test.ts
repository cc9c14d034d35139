/**
 * Install scripts run only for packages someone has read, at the version they read.
 *
 * npm's allowScripts can pin a version ("esbuild@0.28.2") only when the lock file records where each
 * package came from; this project's lock file leaves registry URLs out (the build machines use
 * omit-lockfile-registry-resolved), so npm would ignore pinned entries and skip every script. The
 * names stay in allowScripts and the reviewed versions live beside them in
 * `reviewedInstallScripts`: a dependency update that brings a new version of one of these packages,
 * or a new package with an install script, fails here until someone reads its script and updates
 * the table (docs/quality.md says how).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  allowScripts: Record<string, boolean>;
  reviewedInstallScripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; optional?: boolean }>;
};

/** Every package in the lock file that has an install script, with its version(s). */
const withScripts = new Map<string, Set<string>>();
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path || !entry.hasInstallScript) continue;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  withScripts.set(name, (withScripts.get(name) ?? new Set()).add(entry.version ?? '?'));
}

describe('install scripts', () => {
  it('allowScripts names exactly the packages whose scripts were reviewed', () => {
    expect(Object.keys(pkg.allowScripts).sort()).toEqual(Object.keys(pkg.reviewedInstallScripts).sort());
    expect(Object.values(pkg.allowScripts).every((v) => v === true)).toBe(true);
  });

  it('every package with an install script in the lock file is reviewed, at the locked version', () => {
    const unreviewed = [...withScripts]
      .filter(([name]) => !(name in pkg.allowScripts))
      .map(([name, versions]) => `${name}@${[...versions].join(',')}`);
    expect(unreviewed).toEqual([]);
    for (const [name, version] of Object.entries(pkg.reviewedInstallScripts)) {
      expect([...(withScripts.get(name) ?? [])], `${name}: reviewed ${version}`).toEqual([version]);
    }
  });
});
