import { Testing } from 'cdktf';

// cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) on every test file.
Testing.setupJest();
