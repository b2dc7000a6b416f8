package org.newsarchive.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldsTheTransliterationsOfOneNameToOneKey() {
        assertThat(NameKey.of("Sergey Ryabkov")).isEqualTo(NameKey.of("Sergei Riabkov")).isEqualTo(NameKey.of("Serghei Ryabkov"));
        assertThat(NameKey.of("Antony Blinken")).isEqualTo(NameKey.of("Anthony Blinken"));
        assertThat(NameKey.of("Dmitri")).isEqualTo(NameKey.of("Dmitry"));
        assertThat(NameKey.of("Alexandr")).isEqualTo(NameKey.of("Alexander")).isEqualTo(NameKey.of("Aleksandr"));
        assertThat(NameKey.of("Kiev")).isEqualTo(NameKey.of("Kyiv"));
        assertThat(NameKey.of("Víktor Orbán")).isEqualTo(NameKey.of("Viktor Orban"));
        assertThat(NameKey.of("El País")).isEqualTo(NameKey.of("El Pais"));
        assertThat(NameKey.of("Zelensky")).isEqualTo(NameKey.of("Zelenskyy")).isEqualTo(NameKey.of("Zelenskiy"));
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(NameKey.of("Sergei Lavrov")).isNotEqualTo(NameKey.of("Sergei Ryabkov"));
        assertThat(NameKey.of("Russia")).isNotEqualTo(NameKey.of("Russian"));
        assertThat(NameKey.of("Austria")).isNotEqualTo(NameKey.of("Australia"));
    }
}
