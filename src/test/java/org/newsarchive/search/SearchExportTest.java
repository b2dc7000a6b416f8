package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Over real HTTP, so that the streamed bodies pass through the servlet container as a client gets them. */
@ArchiveTest
class SearchExportTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String QUOTED_TITLE = "Media revealed US and NATO responses to Russia's so-called \"security guarantees\"";
    static final String SPUTNIK_TITLE = "NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    SearchService search;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void csvHoldsAHeaderAndEveryHitOfTheSearchWhateverItsPage() throws Exception {
        HttpResponse<String> export = fetch("/search/export.csv?q=NATO&page=2&size=1");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"news-archive-search.csv\"");

        List<CSVRecord> rows = csv(export.body());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(
                "id", "title", "outlet", "outlet_slug", "published_on", "date_precision", "date_basis", "date_evidence", "url");
        assertThat(apiTotal("q=NATO")).isEqualTo(5);
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(row -> row.get("title")).contains(QUOTED_TITLE, SPUTNIK_TITLE);
    }

    @Test
    void csvOfAFilteredSearchHoldsOnlyItsHitsWithAddressesThatLeadToThem() throws Exception {
        List<CSVRecord> rows = csv(fetch("/search/export.csv?outlet=sputnik").body());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("title")).isEqualTo(SPUTNIK_TITLE);
        assertThat(row.get("outlet")).isEqualTo("Sputnik International");
        assertThat(row.get("outlet_slug")).isEqualTo("sputnik");
        assertThat(row.get("published_on")).isEqualTo("2022-01-26");
        assertThat(row.get("url")).isEqualTo(base() + "/articles/" + row.get("id"));

        HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create(row.get("url"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.uri().getPath()).startsWith("/articles/" + row.get("id") + "/");
    }

    @Test
    void csvFollowsTheSearchOrder() throws Exception {
        List<LocalDate> oldestFirst = csv(fetch("/search/export.csv?sort=oldest").body()).stream()
                .map(row -> LocalDate.parse(row.get("published_on"))).toList();
        assertThat(oldestFirst).hasSize(5).isSorted();
        List<LocalDate> newestFirst = csv(fetch("/search/export.csv?sort=newest").body()).stream()
                .map(row -> LocalDate.parse(row.get("published_on"))).toList();
        assertThat(newestFirst).hasSize(5).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void jsonHoldsEveryHitWithItsTotal() throws Exception {
        HttpResponse<String> export = fetch("/search/export.json?q=" + encode("security guarantees") + "&size=1");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));

        JsonNode document = json.readTree(export.body());
        long apiTotal = apiTotal("q=" + encode("security guarantees"));
        assertThat(apiTotal).isGreaterThan(1);
        assertThat(document.get("total").asLong()).isEqualTo(apiTotal);
        assertThat(document.get("hits")).hasSize((int) apiTotal);
        assertThat(document.get("search").asString()).isEqualTo(base() + "/search?q=security%20guarantees");

        JsonNode sputnik = null;
        for (JsonNode hit : document.get("hits")) {
            if (hit.get("outlet").get("slug").asString().equals("sputnik")) {
                sputnik = hit;
            }
        }
        assertThat(sputnik).isNotNull();
        assertThat(sputnik.get("title").asString()).isEqualTo(SPUTNIK_TITLE);
        assertThat(sputnik.get("outlet").get("name").asString()).isEqualTo("Sputnik International");
        assertThat(sputnik.get("publishedOn").asString()).isEqualTo("2022-01-26");
        assertThat(sputnik.get("url").asString()).isEqualTo(base() + "/articles/" + sputnik.get("id").asLong());
    }

    @Test
    void atomFeedHasTheNewestHitsFirstWhateverTheSortAsked() throws Exception {
        HttpResponse<String> response = fetch("/search/export.atom?q=NATO&sort=oldest");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));

        Element feed = atom(response.body());
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(feed, "id")).isEqualTo(base() + "/search?q=NATO&sort=newest");
        assertThat(child(feed, "title")).isEqualTo("News Archive: NATO");
        assertThat(OffsetDateTime.parse(child(feed, "updated")).toLocalDate()).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(link(feed, "self")).isEqualTo(base() + "/search/export.atom?q=NATO&sort=oldest");
        assertThat(link(feed, "alternate")).isEqualTo(base() + "/search?q=NATO&sort=newest");

        List<Element> entries = entries(feed);
        assertThat(entries).hasSize(5);
        List<LocalDate> published = entries.stream()
                .map(entry -> OffsetDateTime.parse(child(entry, "published")).toLocalDate()).toList();
        assertThat(published).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(entries).extracting(entry -> child(entry, "id")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith(base() + "/articles/"));

        Element newest = entries.get(0);
        assertThat(child(newest, "title")).isEqualTo(QUOTED_TITLE);
        assertThat(link(newest, "alternate")).isEqualTo(child(newest, "id"));
        assertThat(OffsetDateTime.parse(child(newest, "updated")).toLocalDate()).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(child((Element) newest.getElementsByTagNameNS(ATOM, "author").item(0), "name"))
                .isEqualTo("Unidentified outlet");
        assertThat(child(newest, "summary")).contains("NATO").doesNotContain("<mark>", "&quot;", "&#");
    }

    @Test
    void atomEntriesWithoutAQuerySummariseTheOpeningOfTheText() throws Exception {
        Element feed = atom(fetch("/search/export.atom?outlet=sputnik&outlet=atalayar").body());
        assertThat(child(feed, "title")).isEqualTo("News Archive: Outlet: atalayar, sputnik");
        assertThat(entries(feed)).hasSize(2).allSatisfy(entry -> assertThat(child(entry, "summary")).isNotBlank());
    }

    @Test
    void atomFeedOfASearchWithoutHitsIsStillAValidFeed() throws Exception {
        HttpResponse<String> response = fetch("/search/export.atom?q=zzyzxnothing&from=2022-01-01");
        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = atom(response.body());
        assertThat(entries(feed)).isEmpty();
        assertThat(child(feed, "id")).isNotBlank();
        assertThat(child(feed, "title")).isEqualTo("News Archive: zzyzxnothing; Date: 2022-01-01 – …");
        assertThat(OffsetDateTime.parse(child(feed, "updated"))).isNotNull();
        assertThat(child((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name")).isEqualTo("News Archive");
    }

    @Test
    void atomFeedCarriesQueriesWithCharactersXmlCannotHold() throws Exception {
        HttpResponse<String> response = fetch("/search/export.atom?q=" + encode("NATO \uFFFF <&> \"x\""));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(child(atom(response.body()), "title")).isEqualTo("News Archive: NATO  <&> \"x\"");
    }

    @Test
    void searchPageAdvertisesItsFeed() throws Exception {
        assertThat(fetch("/search?q=NATO&outlet=sputnik").body()).contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom feed\" href=\"/search/export.atom?q=NATO&amp;outlet=sputnik\">");
    }

    @Test
    void badParametersAreBadRequestProblemsInEveryFormat() throws Exception {
        for (String format : new String[] {"csv", "json", "atom"}) {
            for (String query : new String[] {"page=abc", "from=2022-13-01", "outlet=no-such-outlet", "sort=sideways",
                    "from=2022-02-02&to=2022-01-01"}) {
                String path = "/search/export." + format + "?q=NATO&" + query;
                for (String accept : new String[] {"*/*", "text/csv", "application/atom+xml"}) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                            .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(400);
                    assertThat(response.headers().firstValue("Content-Type")).as(path)
                            .hasValue("application/problem+json");
                    assertThat(response.body()).as(path).doesNotContain("Exception");
                }
            }
        }
        assertThat(fetch("/search/export.csv?outlet=no-such-outlet").body()).contains("No outlet no-such-outlet.");
        assertThat(fetch("/search/export.csv?from=2022-13-01").body()).contains("'2022-13-01' is not a valid from date");
    }

    @Test
    void walkingTheHitsReadsEveryChunk() {
        List<Long> ids = new ArrayList<>();
        long count = search.forEachHit(new SearchRequest("", Map.of(), null, null, SearchSort.OLDEST, 1, 20),
                2, hit -> ids.add(hit.id()));
        assertThat(count).isEqualTo(5);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long apiTotal(String query) throws Exception {
        return json.readTree(fetch("/api/search?" + query).body()).get("total").asLong();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    private static Element atom(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> entries(Element feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    /** The text of the element's own child of that name, not of one inside an entry. */
    private static String child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && element.getLocalName().equals(name)) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("No atom:" + name + " in atom:" + parent.getLocalName());
    }

    private static String link(Element parent, String rel) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "link".equals(element.getLocalName()) && rel.equals(element.getAttribute("rel"))) {
                return element.getAttribute("href");
            }
        }
        throw new AssertionError("No atom:link rel=" + rel + " in atom:" + parent.getLocalName());
    }
}
