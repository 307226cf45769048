package se.skapa.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Valid Swedish personnummer and samordningsnummer, generated for tests of their refusal. */
public final class IdentityNumbers {

  private IdentityNumbers() {}

  /**
   * One generated number (born 1930-2012, a samordningsnummer half the time) in all four notations:
   * YYMMDDNNNC, YYMMDD-NNNC, YYYYMMDDNNNC and YYYYMMDD-NNNC.
   */
  public static List<String> anyInEveryNotation(SplittableRandom r) {
    String nine = nineDigits(r);
    String ten = nine + checkDigit(nine);
    String century = centuryOf(nine, r);
    String dashed = ten.substring(0, 6) + "-" + ten.substring(6);
    return List.of(ten, dashed, century + ten, century + dashed);
  }

  /** Nine digits YYMMDDNNN of a plausible birth date (day + 60 for a samordningsnummer). */
  public static String nineDigits(SplittableRandom r) {
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(30_000));
    boolean samordning = r.nextBoolean();
    return String.format(
        "%02d%02d%02d%03d",
        birth.getYear() % 100,
        birth.getMonthValue(),
        birth.getDayOfMonth() + (samordning ? 60 : 0),
        r.nextInt(1000));
  }

  /** The Luhn check digit over nine digits. */
  public static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  private static String centuryOf(String nine, SplittableRandom r) {
    int yy = Integer.parseInt(nine.substring(0, 2));
    // Born 1930-2012: 00-12 may be either century's; 13-99 are the 1900s.
    return yy <= 12 && r.nextBoolean() ? "20" : "19";
  }
}
