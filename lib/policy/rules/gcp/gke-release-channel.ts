import { checkEach, defineRule } from '../../rule';
import { get } from '../../../terraform-json';

/** The cluster follows a release channel, so security patches arrive automatically. */
export const gkeReleaseChannel = defineRule(__filename, {
  description: 'GKE clusters are enrolled in a release channel',
  category: 'hardening',
  severity: 'error',
  fix: 'Set release_channel { channel = "REGULAR" } (or STABLE)',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const channel = get(gke.values, 'release_channel.channel');
      return channel && channel !== 'UNSPECIFIED' ? undefined : 'no release channel: upgrades are manual';
    }),
});
