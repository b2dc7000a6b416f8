package org.newsarchive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NewsArchiveApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewsArchiveApplication.class, args);
    }
}
