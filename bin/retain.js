#!/usr/bin/env node
// The `retain` command. retain runs its TypeScript sources through tsx, so a clone needs no build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
