package se.skapa.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Greedy word wrap: words are added to a line while it stays no wider than a limit, as measured by
 * the caller (the chart's own bound, or a PDF font's metrics). A single word wider than the limit
 * gets a line of its own.
 */
public final class TextWrap {

  private TextWrap() {}

  /**
   * @param text words separated by single spaces; not null
   * @param max the widest a line may be, in the measure's unit
   * @param width measures a line; not null
   * @return at least one line
   */
  public static List<String> lines(String text, double max, ToDoubleFunction<String> width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || width.applyAsDouble(tried) <= max) {
        line.setLength(0);
        line.append(tried);
      } else {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    out.add(line.toString());
    return out;
  }
}
