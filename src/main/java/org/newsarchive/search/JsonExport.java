package org.newsarchive.search;

import java.io.OutputStream;

import org.springframework.util.StreamUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every hit of a search as one JSON object, written token by token as the hits are read:
 * {@code {"search": address, "hits": [...], "total": n}}. The total comes last because it is the
 * number of hits written, which only the end of the stream knows for certain.
 */
final class JsonExport implements StreamingResponseBody {

    private final SearchService search;
    private final JsonMapper mapper;
    private final SearchRequest request;
    private final AbsoluteLinks links;

    JsonExport(SearchService search, JsonMapper mapper, SearchRequest request, AbsoluteLinks links) {
        this.search = search;
        this.mapper = mapper;
        this.request = request;
        this.links = links;
    }

    @Override
    public void writeTo(OutputStream out) {
        try (JsonGenerator json = mapper.createGenerator(StreamUtils.nonClosing(out))) {
            json.writeStartObject();
            json.writeStringProperty("search", links.of(SearchLinks.of(request).page(1)));
            json.writeArrayPropertyStart("hits");
            long total = search.forEachHit(request, hit -> write(json, hit));
            json.writeEndArray();
            json.writeNumberProperty("total", total);
            json.writeEndObject();
        }
    }

    private void write(JsonGenerator json, ExportedHit hit) {
        json.writeStartObject();
        json.writeNumberProperty("id", hit.id());
        json.writeStringProperty("title", hit.title());
        json.writePOJOProperty("outlet", hit.outlet());
        json.writePOJOProperty("publishedOn", hit.publishedOn());
        json.writePOJOProperty("datePrecision", hit.datePrecision());
        json.writePOJOProperty("dateBasis", hit.dateBasis());
        json.writeStringProperty("dateEvidence", hit.dateEvidence());
        json.writeStringProperty("url", links.article(hit.id()));
        json.writeEndObject();
    }
}
