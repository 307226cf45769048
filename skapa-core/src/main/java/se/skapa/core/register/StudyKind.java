package se.skapa.core.register;

import se.skapa.core.common.LocalizedText;

/** The Swedish forms of study a participant goes on to. */
public enum StudyKind {
  /** Municipal adult education. */
  KOMVUX(LocalizedText.of("Komvux", "Komvux (municipal adult education)")),
  /** Swedish for immigrants. */
  SFI(LocalizedText.of("Sfi", "Sfi (Swedish for immigrants)")),
  /** A folk high school. */
  FOLKHOGSKOLA(LocalizedText.of("Folkhögskola", "Folk high school")),
  /** Higher vocational education. */
  YRKESHOGSKOLA(LocalizedText.of("Yrkeshögskola", "Higher vocational education")),
  /** A university or university college. */
  UNIVERSITY(LocalizedText.of("Universitet eller högskola", "University")),
  /** Any other studies. */
  OTHER(LocalizedText.of("Annan utbildning", "Other studies"));

  private final LocalizedText label;

  StudyKind(LocalizedText label) {
    this.label = label;
  }

  /** {@return the kind's name in Swedish and English} */
  public LocalizedText label() {
    return label;
  }
}
