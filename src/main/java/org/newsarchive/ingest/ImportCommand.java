package org.newsarchive.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code import <files|dirs...>}: imports from the command line with a progress bar, then prints a
 * summary with the reason for every failure. Exits 1 when an article failed, 2 on a usage error.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Importer importer;
    private int exitCode;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals("import")) {
            return;
        }
        List<Path> paths = words.subList(1, words.size()).stream().map(Path::of).toList();
        List<Path> missing = paths.stream().filter(path -> !Files.exists(path)).toList();
        if (paths.isEmpty() || !missing.isEmpty()) {
            System.out.println(paths.isEmpty() ? "Usage: import <files or directories...>" : "No such file or directory: " + missing);
            exitCode = 2;
            return;
        }
        List<ImportSource> sources = ImportSources.fromPaths(paths);
        ImportReport report;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(sources.size())
                .setUnit(" files", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            long[] counts = new long[3];
            report = importer.importAll(sources, outcomes -> {
                outcomes.forEach(outcome -> counts[outcome.status().ordinal()]++);
                bar.step();
                bar.setExtraMessage(" " + counts[0] + " new, " + counts[1] + " duplicate, " + counts[2] + " failed");
            });
        }
        System.out.printf("Imported %d, duplicates %d, failed %d%n", report.imported(), report.duplicates(), report.failed());
        report.outcomes().stream().filter(outcome -> outcome.status() == ImportOutcome.Status.FAILED)
                .forEach(outcome -> System.out.println("  failed " + outcome.source() + ": " + outcome.detail()));
        exitCode = report.failed() > 0 ? 1 : 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
