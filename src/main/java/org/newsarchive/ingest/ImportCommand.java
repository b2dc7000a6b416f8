package org.newsarchive.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code import <files|dirs...>} or {@code import --manifest <csv> <dir>}: imports from the command line
 * with a progress bar, then prints a summary with the reason for every failure. Exits 1 when an article
 * (or a manifest row) failed, 2 on a usage error or a manifest that cannot be used.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Importer importer;
    private final ManifestReader manifests;
    private int exitCode;

    ImportCommand(Importer importer, ManifestReader manifests) {
        this.importer = importer;
        this.manifests = manifests;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ImportArguments.parse(args.getSourceArgs()).ifPresent(this::importFrom);
        } catch (ImportArguments.Misuse e) {
            refuse(e.getMessage() + "\n" + ImportArguments.USAGE);
        } catch (InvalidManifestException e) {
            refuse(e.getMessage());
        }
    }

    private void importFrom(ImportArguments arguments) {
        List<Path> missing = Stream.concat(Stream.ofNullable(arguments.manifest()), arguments.paths().stream())
                .filter(path -> !Files.exists(path)).toList();
        if (!missing.isEmpty()) {
            refuse("No such file or directory: " + missing);
            return;
        }
        List<ImportOutcome> failures = new ArrayList<>();
        ImportTotals totals = importWithProgress(sources(arguments), failures);
        System.out.printf("Imported %d, duplicates %d, failed %d%s%n", totals.imported(), totals.duplicates(), totals.failed(),
                totals.cancelled() ? "; cancelled by an admin, what was committed stays" : "");
        failures.forEach(outcome -> System.out.println("  failed " + outcome.source() + ": " + outcome.detail()));
        exitCode = totals.failed() > 0 ? 1 : 0;
    }

    private List<ImportSource> sources(ImportArguments arguments) {
        if (arguments.manifest() == null) {
            return ImportSources.fromPaths(arguments.paths());
        }
        Path folder = arguments.paths().get(0);
        if (!Files.isDirectory(folder)) {
            throw new ImportArguments.Misuse("A manifest goes with a directory; " + folder + " is not one.");
        }
        Manifest manifest = manifests.read(arguments.manifest().toString(), new FileSystemResource(arguments.manifest()));
        return ImportSources.fromFolder(folder, arguments.manifest(), manifest);
    }

    /**
     * The bar counts articles, with their rate and the time left (progressbar's speed and ETA); only the
     * failures are kept, to be listed at the end.
     */
    private ImportTotals importWithProgress(List<ImportSource> sources, List<ImportOutcome> failures) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(ImportSources.articlesIn(sources))
                .setUnit(" articles", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            long[] counts = new long[3];
            return importer.importEach(sources, outcomes -> {
                outcomes.stream().filter(outcome -> outcome.status() == ImportOutcome.Status.FAILED).forEach(failures::add);
                outcomes.forEach(outcome -> counts[outcome.status().ordinal()]++);
                bar.stepBy(outcomes.size());
                bar.setExtraMessage(" " + counts[0] + " new, " + counts[1] + " duplicate, " + counts[2] + " failed");
            });
        }
    }

    private void refuse(String message) {
        System.out.println(message);
        exitCode = 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
