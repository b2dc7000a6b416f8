package org.newsarchive.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A run of characters in an article body: {@code body.substring(start, end)}. */
@Embeddable
public record TextSpan(@Column(name = "start_offset") int start, @Column(name = "end_offset") int end) {

    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Not a text span: " + start + ".." + end);
        }
    }

    public String in(String text) {
        return text.substring(start, end);
    }
}
