// Component tests (jsdom): Testing Library's waitFor and findBy* wait up to 1 s by default, a
// wall-clock threshold a busy machine can miss. A generous hang guard instead.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 15_000 });
