package dev.masthead.model;

/** In which order a {@link PersonName}'s parts are shown. */
public enum NameOrder {
  /** Given name first: "Akira Imamura". */
  GIVEN_FIRST,
  /** Family name first: "Imamura Akira". */
  FAMILY_FIRST
}
