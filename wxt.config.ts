import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CHAT_SITE_MATCHES } from './adapters/hosts';
import { librarySnapshot } from './scripts/library-snapshot-plugin';

/**
 * Public half of the signing key: it fixes the extension id
 * (jgenpjiggminekdcajlbnppiohjlicdm) so schools can target it in policy.
 * The private key is never in this repository.
 */
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlV/vvdf/j4sA6MXtFhOgf5OhPewRoWc4f03JV83eHq993Z4ShRAHvny2vykz7Wsgfj+zChjgk2JGOuCyWLcwC9zn7xeVg0oMG4g89O9y1DZnpV+Sy74lhy4FNgx8iCx5PMXhiZkzoB/bFy1vcQPQRT2HC29MQkUkVK3Lcg/FP0igoJUCi7lr7lZ74K2BIg2BDiy/nijpIfnUGUvV5yJhZw9F+NaJAluLnZfmcvapC3v3PTxQLyszK1kIGw37SzzmQTI4zyI0MS6YqRWWcOR30BhU2hGyykK+KZYVvl6obe8h84UrPfQA2uqeIzSwkzQegIWC6DH+kjtUryNZBShrjQIDAQAB';

export default defineConfig({
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  // The pattern library ships compiled: no chat tab compiles it (scripts/library-snapshot-plugin.ts).
  vite: () => ({ plugins: [preact(), librarySnapshot()] }),
  manifest: ({ browser }) => ({
    name: 'Heads Up',
    description: 'A calm heads-up when a chat looks like grooming or sextortion. Everything stays on your device.',
    permissions: ['storage'],
    host_permissions: [...CHAT_SITE_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'heads-up@heads-up.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: PUBLIC_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
