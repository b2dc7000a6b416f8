package org.newsarchive.browse;

import java.time.LocalDate;
import java.util.List;

import org.newsarchive.actor.ActorRef;

/** A demand's page: the demand, the first of the {@code responseCount} reported answers, and its coverage. */
public record DemandDetail(String slug, String title, String fullText, ActorRef madeBy, LocalDate madeOn,
        String sourceDocument, List<ReportedResponse> responses, long responseCount, Coverage coverage) {
}
