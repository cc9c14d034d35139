import { todayInBishkek } from './dates';
/**
 * One id per build, so offline copies saved from an older build are replaced (see src/offline/).
 * BUILD_VERSION can be set for reproducible builds; otherwise the build's start time.
 */
export const BUILD_VERSION: string = process.env.BUILD_VERSION || Date.now().toString(36);

/** The day of the build in Bishkek ("YYYY-MM-DD"): the date pages that change with every build are cited by. */
export const BUILD_DATE: string = todayInBishkek();
