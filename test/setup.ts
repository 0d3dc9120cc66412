import { Testing } from 'cdktf';
// Brings the matcher types (toHaveResourceWithProperties, ...) into every test file's type check.
import 'cdktf/lib/testing/adapters/jest';

// cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) on every test file.
Testing.setupJest();
