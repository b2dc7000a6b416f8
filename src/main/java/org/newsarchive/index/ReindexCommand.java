package org.newsarchive.index;


import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code reindex}: rebuilds the index from the database with a progress bar; exits 1 if the rebuild failed. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Reindexer reindexer;
    private int exitCode;

    ReindexCommand(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (args.getNonOptionArgs().isEmpty() || !args.getNonOptionArgs().get(0).equals("reindex")) {
            return;
        }
        ReindexProgress result;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Reindexing").setUnit(" documents", 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            result = reindexer.rebuild(bar::maxHint, bar::stepTo);
        }
        if (result.state() == ReindexProgress.State.FINISHED) {
            System.out.printf("Reindexed %d documents%n", result.done());
        } else {
            System.out.println("Reindexing failed: " + result.failure());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
