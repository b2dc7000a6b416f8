package org.newsarchive.ingest;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.newsarchive.web.ApiComponents;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
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
@Tag(name = "Imports", description = "Adding coverage: needs the admin account, sent by HTTP Basic.")
@SecurityRequirement(name = ApiComponents.ADMIN)
@ApiResponse(responseCode = "401", ref = ApiComponents.UNAUTHORIZED)
@ApiResponse(responseCode = "400", ref = ApiComponents.IMPORT_REFUSED)
@ApiResponse(responseCode = "413", ref = ApiComponents.IMPORT_TOO_LARGE)
class ImportApiController {

    private final Importer importer;
    private final Uploads uploads;

    ImportApiController(Importer importer, Uploads uploads) {
        this.importer = importer;
        this.uploads = uploads;
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importArticle", summary = "Add one article", description = """
            The text as received; url, outlet, date and title where the sender knows them, used before what \
            the import reads from the text.""")
    @ApiResponse(responseCode = "201", description = "Imported: the new article.",
            headers = @Header(name = "Location", description = "The new article's address in the API."))
    @ApiResponse(responseCode = "200", description = "The same text is already in the archive: the existing article.")
    ResponseEntity<ImportOutcome> importArticle(@Valid @RequestBody SubmittedArticle article) {
        ImportOutcome outcome = importer.importSubmitted("api", article);
        return switch (outcome.status()) {
            case IMPORTED -> ResponseEntity.created(URI.create("/api/articles/" + outcome.articleId())).body(outcome);
            case DUPLICATE -> ResponseEntity.ok(outcome);
            case FAILED -> throw refusal(outcome.tooLarge(), outcome.detail(), List.of(outcome));
        };
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importFiles", summary = "Add the articles of uploaded files", description = """
            Text, HTML and JSON Lines files, each line of the last an article as POST /api/articles takes it. \
            A manifest (CSV with a header row: file and url, optionally outlet, published and title) says what is known \
            of each file. \
            Files that cannot be imported are reported and the others go on.""")
    @ApiResponse(responseCode = "200", description = "What became of each article, in the order read.")
    ResponseEntity<ImportReport> importFiles(
            @Parameter(description = "The files to import.") @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @Parameter(description = "A CSV manifest naming the files.") @RequestParam(name = "manifest", required = false) MultipartFile manifest) {
        List<MultipartFile> chosen = Uploads.chosen(files);
        if (chosen.isEmpty()) {
            throw refusal(false, "Send one or more files in the multipart field \"files\".", List.of());
        }
        ImportReport report = importer.importAll(uploads.sources(chosen, manifest), outcomes -> { });
        if (report.failed() < report.outcomes().size()) {
            return ResponseEntity.ok(report);
        }
        boolean allTooLarge = report.outcomes().stream().allMatch(ImportOutcome::tooLarge);
        throw refusal(allTooLarge, "No file could be imported: "
                + report.outcomes().get(0).source() + ": " + report.outcomes().get(0).detail(), report.outcomes());
    }

    @ExceptionHandler
    ProblemDetail manifestRefused(InvalidManifestException refusal) {
        return problem(false, refusal.getMessage(), List.of());
    }

    /** Answered as its problem detail by the API's exception handler. */
    private static ErrorResponseException refusal(boolean tooLarge, String detail, List<ImportOutcome> outcomes) {
        ProblemDetail problem = problem(tooLarge, detail, outcomes);
        return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, null);
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
