package se.skapa.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What Swedish Excel needs, cell by cell. */
class SwedishCsvTest {

  @Test
  void semicolons_a_byte_order_mark_decimal_commas_and_a_plain_minus() {
    String csv =
        new SwedishCsv()
            .text("Andel")
            .decimal(62.5, 1)
            .decimal(1.0 / 3, 1)
            .number(-84_000)
            .decimal(-0.25, 2)
            .end()
            .toString();
    assertEquals("\uFEFFAndel;62,5;0,3;-84000;-0,25\r\n", csv);
  }

  @Test
  void text_that_excel_would_run_as_a_formula_gets_an_apostrophe_numbers_do_not() {
    String csv =
        new SwedishCsv()
            .text("=HYPERLINK(\"http://x\")")
            .text("+46 70")
            .text("-1+1")
            .text("@SUM(A1)")
            .text("vanlig text")
            .number(-3)
            .end()
            .toString();
    assertEquals(
        "\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\";'+46 70;'-1+1;'@SUM(A1);vanlig text;-3\r\n",
        csv,
        "a quote inside a cell is doubled (and the cell quoted) by FastCSV");
  }

  @Test
  void a_separator_or_line_break_inside_text_is_quoted_not_split() {
    assertEquals(
        "\uFEFF\"a;b\";\"rad 1\nrad 2\";\r\n",
        new SwedishCsv().text("a;b").text("rad 1\nrad 2").text(null).end().toString());
  }
}
