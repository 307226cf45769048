package se.skapa.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource(
      value = {
        "sv,SV",
        "en,EN",
        "EN,EN",
        "en-GB,EN",
        "'de, en',EN",
        "'fr',SV",
        "NULL,SV",
        "'',SV",
        "'*',SV",
        "'sv-SE,en;q=0.8',SV",
        "'sv;q=0.1, en;q=0.9',EN",
        "'en;q=0.9, sv',SV",
        "'en;q=0',SV",
        "'x;;q=y',SV",
        "'-',SV",
        "'--',SV",
        "'-;q=1',SV"
      },
      nullValues = "NULL")
  void reads_the_most_wanted_supported_language_by_weight_and_defaults_to_swedish(
      String tag, Language expected) {
    assertEquals(expected, Language.fromTag(tag));
  }
}
