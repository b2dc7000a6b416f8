package org.newsarchive.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Prepares captures (normalising, dating, language detection) on the other cores while the importer tags
 * and stores the batch before them: preparing needs the capture alone, so it can run ahead of the one
 * writer, which keeps the order in which articles learn from those before them.
 */
@Component
class Preparation implements DisposableBean {

    private final ArticlePipeline pipeline;
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), task -> {
                Thread thread = new Thread(task, "import-preparation");
                thread.setDaemon(true);
                return thread;
            });

    Preparation(ArticlePipeline pipeline) {
        this.pipeline = pipeline;
    }

    Future<ArticlePipeline.Prepared> start(Capture capture) {
        return workers.submit(() -> pipeline.prepare(capture));
    }

    /** The prepared capture; what the preparing threw (an unreadable capture) is thrown here. */
    static ArticlePipeline.Prepared await(Future<ArticlePipeline.Prepared> prepared) {
        try {
            return prepared.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
