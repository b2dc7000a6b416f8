package org.newsarchive.compare;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Coverage of one event: the articles placed in it are its {@link StoryArticle}s; its title is a {@link StoryTitle}. */
@Entity
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = "story_id_seq", allocationSize = 50)
    private Long id;

    private String title;

    private LocalDate firstDay;

    private LocalDate lastDay;

    private Instant groupedAt;

    protected Story() {
    }

    Story(String title, LocalDate day) {
        this.title = title;
        this.firstDay = day;
        this.lastDay = day;
        this.groupedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    void retitle(String title) {
        this.title = title;
    }

    void include(LocalDate day) {
        if (day.isBefore(firstDay)) {
            firstDay = day;
        }
        if (day.isAfter(lastDay)) {
            lastDay = day;
        }
        groupedAt = Instant.now();
    }
}
