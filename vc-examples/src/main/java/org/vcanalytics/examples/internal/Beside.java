package org.vcanalytics.examples.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Pieces of work run side by side on a few threads of their own, each result (or failure) taken
 * where the caller asks for it, so the caller decides the order results and failures come in. With
 * one thread the work runs on the caller's thread, one piece after another as submitted: the same
 * results, and a listener that measures one stage at a time sees no overlap.
 *
 * <pre>{@code
 * try (Beside beside = Beside.threads(3)) {
 *   Future<A> a = beside.submit(() -> a());
 *   Future<B> b = beside.submit(() -> b());
 *   use(Beside.get(a), Beside.get(b)); // a's failure first, whichever failed first in time
 * }
 * }</pre>
 */
public final class Beside implements AutoCloseable {

  private final ExecutorService pool; // null: on the caller's thread

  private Beside(ExecutorService pool) {
    this.pool = pool;
  }

  /**
   * @param threads how many pieces run at once; 1 or fewer: on the caller's thread, in turn
   * @return the runner; close it when done
   */
  public static Beside threads(int threads) {
    return new Beside(
        threads <= 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "vc-beside");
                  t.setDaemon(true);
                  return t;
                }));
  }

  /**
   * @param work a piece of work
   * @param <T> its result
   * @return its result to come: {@link #get} it
   */
  public <T> Future<T> submit(Supplier<T> work) {
    if (pool != null) {
      return pool.submit(work::get);
    }
    java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
    try {
      done.complete(work.get());
    } catch (RuntimeException | Error e) {
      done.completeExceptionally(e);
    }
    return done;
  }

  /**
   * Waits for a piece of work.
   *
   * @param f its future, from {@link #submit}
   * @param <T> its result
   * @return its result
   * @throws RuntimeException what it threw, as it threw it (an {@link Error} likewise)
   */
  public static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work run beside", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the threads; work still running is interrupted. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
