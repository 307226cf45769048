package se.skapa.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(value = {"sv,SV", "en,EN", "en-GB,EN", "'en;q=0.9, sv',EN", "'de, en',EN", "'fr',SV", "NULL,SV", "'',SV",
            "'sv-SE,en;q=0.8',SV"}, nullValues = "NULL")
    void reads_the_first_supported_language_and_defaults_to_swedish(String tag, Language expected) {
        assertEquals(expected, Language.fromTag(tag));
    }
}
