package io.github.caeimpact.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Progress of a long read on standard error: participants read, rate and elapsed time, once a
 * second after the first {@value #QUIET_SECONDS} seconds, on one line rewritten in place. Shown only
 * when a terminal is attached and {@code --quiet} is not given, so pipes, files and scripts see
 * nothing.
 */
final class Progress implements AutoCloseable {

    /** Runs shorter than this print nothing. */
    static final int QUIET_SECONDS = 2;

    private final PrintWriter err;
    private final LongSupplier participants;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile boolean shown;

    private Progress(PrintWriter err, LongSupplier participants, boolean active) {
        this.err = err;
        this.participants = participants;
        if (!active) {
            ticker = null;
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "impact-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::show, QUIET_SECONDS, 1, TimeUnit.SECONDS);
    }

    /**
     * Starts reporting, or does nothing when quiet or when no terminal is attached.
     *
     * @param err standard error
     * @param quiet whether {@code --quiet} was given
     * @param participants the number of participants read so far; read from another thread
     * @return the progress, to close when the read ends
     */
    static Progress start(PrintWriter err, boolean quiet, LongSupplier participants) {
        return new Progress(err, participants, !quiet && System.console() != null);
    }

    /**
     * Runs a read while showing its progress (see {@link #start}).
     *
     * @param <T> what the read returns
     * @param err standard error
     * @param quiet whether {@code --quiet} was given
     * @param participants the number of participants read so far; read from another thread
     * @param read the read
     * @return what the read returns
     */
    static <T> T during(PrintWriter err, boolean quiet, LongSupplier participants, Supplier<T> read) {
        Progress progress = start(err, quiet, participants);
        try {
            return read.get();
        } finally {
            progress.close();
        }
    }

    private void show() {
        double seconds = (System.nanoTime() - start) / 1e9;
        long read = participants.getAsLong();
        shown = true;
        synchronized (err) {
            err.printf(Locale.ROOT, "\r%,d participants read, %,.0f/s, %.0f s elapsed ", read, read / seconds, seconds);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }
}
