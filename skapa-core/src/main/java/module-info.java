/** SKAPA's domain: progression, IPS fidelity, socioeconomic calculation, outcomes and Finsam. */
module se.skapa.core {
  // Only the tests read java.xml (they parse every generated chart); nothing at run time needs it.
  requires static java.xml;
  // Annotations only (@Nullable), for NullAway at build time; nothing at run time needs them.
  requires static org.jspecify;

  exports se.skapa.core.common;
  exports se.skapa.core.benefit;
  exports se.skapa.core.progression;
  exports se.skapa.core.chart;
  exports se.skapa.core.fidelity;
  exports se.skapa.core.socioeconomic;
  exports se.skapa.core.outcomes;
  exports se.skapa.core.finsam;
  exports se.skapa.core.survey;
  exports se.skapa.core.register;
}
