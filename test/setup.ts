import { Testing } from 'cdktf';
import { skipTokenCreationStacks } from '../stacks/token-stack-traces';
// Brings the matcher types (toHaveResourceWithProperties, ...) into every test file's type check.
import 'cdktf/lib/testing/adapters/jest';

// cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) on every test file.
Testing.setupJest();

// Tests synthesize as the tool's entry points do: without cdktf's stack trace per token (stacks/token-stack-traces.ts).
skipTokenCreationStacks();
