package se.skapa.insights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;

/** Nothing the analysis returns or takes in can name a participant. */
class NoPersonTest {

  @Test
  void no_type_of_the_analysis_carries_a_participant_key() {
    for (Class<?> type :
        List.of(
            Series.class,
            Series.Reading.class,
            Options.class,
            Estimate.class,
            Refusal.class,
            IndicatorResult.class,
            WorkAnalysis.class)) {
      for (RecordComponent c : type.getRecordComponents()) {
        String generic = c.getGenericType().getTypeName();
        assertTrue(
            !generic.contains(Pseudonym.class.getName())
                && !generic.contains(Measurement.class.getName())
                && !c.getName().toLowerCase(java.util.Locale.ROOT).contains("participant")
                && !c.getName().equals("key"),
            type.getSimpleName() + "." + c.getName() + " could name a person: " + generic);
      }
    }
  }
}
