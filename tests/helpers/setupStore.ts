import { beforeEach } from 'vitest';
import { installStore } from './store';

// Each test gets its own store; nothing leaks from one test to the next.
beforeEach(() => {
  installStore();
});
