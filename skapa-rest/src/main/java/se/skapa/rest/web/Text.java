package se.skapa.rest.web;

import se.skapa.core.common.Language;

/** A sentence the pages show, in the reader's language; each page capability keeps its own enum. */
public interface Text {

  /**
   * @param language the reader's language; not null
   * @return the sentence in it
   */
  String in(Language language);
}
