package org.newsarchive.article;

import java.time.LocalDate;

public record DayCount(LocalDate day, long articles) {
}
