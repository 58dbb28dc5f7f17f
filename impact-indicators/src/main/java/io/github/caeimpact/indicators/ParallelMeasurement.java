package io.github.caeimpact.indicators;

import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Participants handed over one by one (from a list or a streamed file) and measured on several
 * threads: the caller's thread batches them, each worker adds its batches to its own measurement,
 * and the measurements are merged at the end. Accumulators are order-insensitive, so which
 * worker saw whom cannot change the report. With one thread nothing is started: participants go
 * straight into one measurement.
 */
final class ParallelMeasurement implements Consumer<Participant>, AutoCloseable {

    /** Participants per hand-over: large enough to make the queue's cost negligible, small enough to bound memory. */
    private static final int BATCH = 256;
    private static final List<Participant> END = List.of();

    private final Measurement[] parts;
    private final ExecutorService pool;
    private final BlockingQueue<List<Participant>> queue;
    private final List<Future<?>> workers = new ArrayList<>();
    private List<Participant> batch = new ArrayList<>(BATCH);
    private boolean finished;

    ParallelMeasurement(IndicatorEngine engine, Period period, LocalDate referenceDate, Collection<Organisation> organisations,
            MeasureOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        parts = new Measurement[threads];
        for (int i = 0; i < threads; i++) {
            parts[i] = engine.start(period, referenceDate, organisations, options);
        }
        if (threads == 1) {
            pool = null;
            queue = null;
            return;
        }
        queue = new ArrayBlockingQueue<>(2 * threads);
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "impact-measure");
            thread.setDaemon(true);
            return thread;
        });
        for (Measurement part : parts) {
            workers.add(pool.submit(() -> work(part)));
        }
    }

    private Void work(Measurement part) throws InterruptedException {
        for (List<Participant> taken = queue.take(); taken != END; taken = queue.take()) {
            for (Participant participant : taken) {
                part.add(participant);
            }
        }
        return null;
    }

    @Override
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        if (pool == null) {
            parts[0].add(participant);
            return;
        }
        batch.add(participant);
        if (batch.size() == BATCH) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Queues a batch, surfacing a worker's failure instead of waiting for a queue nobody empties. */
    private void handOver(List<Participant> participants) {
        try {
            while (!queue.offer(participants, 50, TimeUnit.MILLISECONDS)) {
                for (Future<?> worker : workers) {
                    if (worker.isDone()) {
                        join(worker);
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", interrupted);
        }
    }

    /**
     * Waits for every worker and merges their measurements.
     *
     * @return the merged measurement
     */
    Measurement finish() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        finished = true;
        if (pool != null) {
            if (!batch.isEmpty()) {
                handOver(batch);
            }
            for (int i = 0; i < parts.length; i++) {
                handOver(END);
            }
            workers.forEach(ParallelMeasurement::join);
            for (int i = 1; i < parts.length; i++) {
                parts[0].merge(parts[i]);
            }
        }
        return parts[0];
    }

    private static void join(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a measuring thread failed", cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
