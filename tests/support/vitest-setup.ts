// Every unit-test file: how long waitFor/findBy wait. Views load their parts with import() (see
// exercises/README.md, "Loading in stages"); on a busy two-core machine the first import of a
// part can take more than the library's 1 s default, which made tests fail that were right.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
