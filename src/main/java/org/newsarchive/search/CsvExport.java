package org.newsarchive.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.util.StreamUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every hit of a search as RFC 4180 CSV, a header row and then one row per article, written as it is read. */
final class CsvExport implements StreamingResponseBody {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "title", "outlet", "outlet_slug", "published_on", "date_precision", "date_basis", "date_evidence", "url")
            .get();

    private final SearchService search;
    private final SearchRequest request;
    private final AbsoluteLinks links;

    CsvExport(SearchService search, SearchRequest request, AbsoluteLinks links) {
        this.search = search;
        this.request = request;
        this.links = links;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(
                new BufferedWriter(new OutputStreamWriter(StreamUtils.nonClosing(out), StandardCharsets.UTF_8)), FORMAT)) {
            search.forEachHit(request, hit -> print(csv, hit));
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    private void print(CSVPrinter csv, ExportedHit hit) {
        try {
            csv.printRecord(hit.id(), hit.title(), hit.outlet().name(), hit.outlet().slug(), hit.publishedOn(),
                    hit.datePrecision(), hit.dateBasis(), hit.dateEvidence(), links.article(hit.id()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
