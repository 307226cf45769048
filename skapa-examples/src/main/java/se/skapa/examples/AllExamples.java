package se.skapa.examples;

/** Runs every worked example: {@code mvn -q -pl skapa-examples exec:java}. */
public final class AllExamples {

  private AllExamples() {}

  public static void main(String[] args) {
    Output o = Output.standard();
    ProgressionExample.run(o);
    FidelityExample.run(o);
    SocioeconomicExample.run(o);
    OutcomesExample.run(o);
  }
}
