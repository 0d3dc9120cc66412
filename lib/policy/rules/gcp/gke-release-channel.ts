import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { GOOGLE } from '../../private/providers';

/** The cluster follows a release channel, so security patches arrive automatically. */
export const gkeReleaseChannel = defineRule(__filename, {
  description: 'GKE clusters are enrolled in a release channel',
  category: 'hardening',
  severity: 'error',
  fix: 'Set release_channel { channel = "REGULAR" } (or STABLE)',
  understands: [{ form: 'google_container_cluster.release_channel.channel (not UNSPECIFIED)', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const channel = text(gke.values, 'release_channel.channel');
      return channel && channel !== 'UNSPECIFIED' ? undefined : 'no release channel: upgrades are manual';
    }),
});
