package org.newsarchive.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An Atom 1.0 feed of a search's newest hits, so that a reader can follow it. The feed is identified by
 * the address of its search page sorted newest first, which is the same whatever order was asked for;
 * each entry by its article's permanent address.
 */
@Component
class SearchFeed {

    static final String ATOM = "application/atom+xml";

    // XML 1.0 cannot carry these at all, escaped or not; a query may hold them.
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final MessageSource messages;

    SearchFeed(MessageSource messages) {
        this.messages = messages;
    }

    /** @param hits the newest hits, newest first */
    Feed of(SearchRequest request, List<ArticleHit> hits, AbsoluteLinks links, Locale locale) {
        SearchLinks search = SearchLinks.of(request);
        String page = links.of(search.sorted(SearchSort.NEWEST));
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(page);
        feed.setTitle(text(messages.getMessage("search.feed.title", new Object[] {describe(request, locale)}, locale)));
        feed.setUpdated(hits.isEmpty() ? new Date() : updated(hits.get(0)));
        feed.setAuthors(List.of(person(messages.getMessage("app.name", null, locale))));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", page)));
        feed.setOtherLinks(List.of(link("self", ATOM, links.of(search.export("atom")))));
        feed.setEntries(hits.stream().map(hit -> entry(hit, links)).toList());
        return feed;
    }

    private static Entry entry(ArticleHit hit, AbsoluteLinks links) {
        Entry entry = new Entry();
        entry.setId(links.article(hit.id()));
        entry.setTitle(text(hit.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", links.article(hit.id()))));
        if (hit.publishedOn() != null) {
            entry.setPublished(date(hit.publishedOn()));
        }
        entry.setUpdated(updated(hit));
        entry.setAuthors(List.of(person(hit.outlet().name())));
        if (!hit.snippets().isEmpty()) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(text(plain(hit.snippets().get(0))));
            entry.setSummary(summary);
        }
        return entry;
    }

    /**
     * Atom requires every entry to have been updated at some time: an undated article's is the time it was
     * imported, which is said nowhere else, since it is no evidence of when the article was published.
     */
    private static Date updated(ArticleHit hit) {
        return hit.publishedOn() != null ? date(hit.publishedOn()) : Date.from(hit.importedAt());
    }

    /** The query and the filters as the search page's chips name them, or that there are none. */
    private String describe(SearchRequest request, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (request.hasQuery()) {
            parts.add(request.query());
        }
        request.filters().forEach((facet, values) -> parts.add(
                messages.getMessage("search.facet." + facet.param(), null, locale) + ": "
                        + String.join(", ", values.stream().sorted().toList())));
        if (request.from() != null || request.to() != null) {
            parts.add(messages.getMessage("search.facet.date", null, locale) + ": "
                    + (request.from() == null ? "…" : request.from()) + " – " + (request.to() == null ? "…" : request.to()));
        }
        return parts.isEmpty() ? messages.getMessage("search.feed.everything", null, locale) : String.join("; ", parts);
    }

    /** Snippets are HTML-escaped text whose only markup is {@code <mark>}. */
    private static String plain(String snippet) {
        return HtmlUtils.htmlUnescape(snippet.replace("<mark>", "").replace("</mark>", ""));
    }

    private static String text(String value) {
        return NOT_XML.matcher(value).replaceAll("");
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(text(name));
        return person;
    }
}
