package org.newsarchive.ingest;

import java.util.List;
import java.util.Set;

/**
 * A page's lines sorted out: the reading paragraphs, photo captions and credits, the byline and the
 * outlet a sign-off names (each null where there is none), and the lines that appeared more than once.
 */
record PageText(List<String> paragraphs, List<String> captions, String byline, String signedBy, Set<String> repeated) {
}
