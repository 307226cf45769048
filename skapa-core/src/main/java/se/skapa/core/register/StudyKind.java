package se.skapa.core.register;

/** The Swedish forms of study a participant goes on to. */
public enum StudyKind {
  /** Kommunal vuxenutbildning. */
  KOMVUX,
  /** Svenska för invandrare. */
  SFI,
  /** Folkhögskola. */
  FOLKHOGSKOLA,
  /** Yrkeshögskola. */
  YRKESHOGSKOLA,
  /** Universitet or högskola. */
  UNIVERSITY,
  /** Any other. */
  OTHER
}
