import { describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { lazyValue } from '../../src/ui/lazyValue';

/** A loader whose answers the test gives, one per call, in order. */
function controlledLoader<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const loader = vi.fn(
    () => new Promise<T>((resolve, reject) => void calls.push({ resolve, reject })),
  );
  return { loader, calls };
}

describe('lazyValue', () => {
  it('loads once for concurrent and later calls, and keeps the value', async () => {
    const { loader, calls } = controlledLoader<string>();
    const lazy = lazyValue(loader);
    expect(lazy.current()).toBeUndefined();
    const first = lazy.load();
    const second = lazy.load();
    expect(loader).toHaveBeenCalledTimes(1);
    calls[0]!.resolve('chunk');
    await expect(first).resolves.toBe('chunk');
    await expect(second).resolves.toBe('chunk');
    await expect(lazy.load()).resolves.toBe('chunk');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(lazy.current()).toBe('chunk');
  });

  it('forgets a failure: the next call tries again (offline, then online)', async () => {
    const { loader, calls } = controlledLoader<string>();
    const lazy = lazyValue(loader);
    const offline = lazy.load();
    calls[0]!.reject(new Error('offline'));
    await expect(offline).rejects.toThrow('offline');
    expect(lazy.current()).toBeUndefined();

    const online = lazy.load();
    expect(loader).toHaveBeenCalledTimes(2);
    calls[1]!.resolve('chunk');
    await expect(online).resolves.toBe('chunk');
    expect(lazy.current()).toBe('chunk');
  });

  it('the hook starts the load and renders again with the value when it arrives', async () => {
    const { loader, calls } = controlledLoader<string>();
    const lazy = lazyValue(loader);
    const { result } = renderHook(() => lazy.useValue());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(loader).toHaveBeenCalledTimes(1));
    calls[0]!.resolve('chunk');
    await waitFor(() => expect(result.current).toBe('chunk'));

    // Once loaded, a new user has it on its first render, without loading again.
    const later = renderHook(() => lazy.useValue());
    expect(later.result.current).toBe('chunk');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('after a failure, the hook tries again when `retry` changes (the menu opened again)', async () => {
    const { loader, calls } = controlledLoader<string>();
    const lazy = lazyValue(loader);
    const { result, rerender } = renderHook(({ open }) => lazy.useValue(open), {
      initialProps: { open: false },
    });
    await waitFor(() => expect(loader).toHaveBeenCalledTimes(1));
    const failed = lazy.load(); // the hook's pending load
    calls[0]!.reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    rerender({ open: false });
    expect(loader).toHaveBeenCalledTimes(1);

    rerender({ open: true });
    await waitFor(() => expect(loader).toHaveBeenCalledTimes(2));
    expect(result.current).toBeUndefined();
    calls[1]!.resolve('chunk');
    await waitFor(() => expect(result.current).toBe('chunk'));
  });
});
