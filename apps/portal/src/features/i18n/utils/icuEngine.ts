import { IntlMessageFormat } from 'intl-messageformat';
import { installIcuEngine } from './formatMessage';

// intl-messageformat formats the ICU messages (plural, select, number); plain messages and bare
// `{name}` values need no engine. Whatever brings ICU messages imports this module first: the
// catalogue as written (catalogues.ts, for tests and the dev server) and, in the build, each ICU
// message's registration and the English catalogue (vite-plugins/split-catalogue.ts), so the
// first chunk, whose messages are all plain, loads without it.
installIcuEngine(IntlMessageFormat);
