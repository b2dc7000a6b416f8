package org.newsarchive.ingest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adding coverage over HTTP: one article as JSON, or files as a multipart upload. A new article is
 * 201 Created, text already in the archive 200 with the existing article; an article that cannot be
 * imported is a 400 (413 when too large) problem detail with the reason, and so is a manifest that cannot
 * be used.
 */
@RestController
@RequestMapping("/api")
class ImportApiController {

    private final Importer importer;
    private final Uploads uploads;

    ImportApiController(Importer importer, Uploads uploads) {
        this.importer = importer;
        this.uploads = uploads;
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importArticle(@Valid @RequestBody SubmittedArticle article) {
        ImportOutcome outcome = importer.importSubmitted("api", article);
        return switch (outcome.status()) {
            case IMPORTED -> ResponseEntity.created(URI.create("/api/articles/" + outcome.articleId())).body(outcome);
            case DUPLICATE -> ResponseEntity.ok(outcome);
            case FAILED -> ResponseEntity.of(problem(outcome.tooLarge(), outcome.detail(), List.of(outcome))).build();
        };
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFiles(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "manifest", required = false) MultipartFile manifest) {
        List<MultipartFile> chosen = Uploads.chosen(files);
        if (chosen.isEmpty()) {
            return ResponseEntity.of(problem(false, "Send one or more files in the multipart field \"files\".", List.of())).build();
        }
        ImportReport report = importer.importAll(uploads.sources(chosen, manifest), outcomes -> { });
        if (report.failed() < report.outcomes().size()) {
            return ResponseEntity.ok(report);
        }
        boolean allTooLarge = report.outcomes().stream().allMatch(ImportOutcome::tooLarge);
        return ResponseEntity.of(problem(allTooLarge, "No file could be imported: "
                + report.outcomes().get(0).source() + ": " + report.outcomes().get(0).detail(), report.outcomes())).build();
    }

    @ExceptionHandler
    ProblemDetail manifestRefused(InvalidManifestException refusal) {
        return problem(false, refusal.getMessage(), List.of());
    }

    private static ProblemDetail problem(boolean tooLarge, String detail, List<ImportOutcome> outcomes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, detail);
        if (!outcomes.isEmpty()) {
            problem.setProperty("outcomes", outcomes);
        }
        return problem;
    }
}
