/** Types of network.mjs (for the unit tests in tests/unit/bench). */
export const LOCAL_HOSTS: string[];
export function leavesMachine(url: string | URL): boolean;
export function blockExternal(context: unknown): Promise<string[]>;
