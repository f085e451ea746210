package dev.masthead.model;

/**
 * The id of an entity that a {@link Tag} can stand for: a person, an organisation, a place or an
 * event.
 */
public sealed interface EntityId permits EventId, OrganisationId, PersonId, PlaceId {
  /** {@return the id's string value, as written on the wire} */
  String value();

  /** {@return the tag kind that stands for entities of this id's type} */
  default TagKind tagKind() {
    if (this instanceof PersonId) {
      return TagKind.PERSON;
    } else if (this instanceof OrganisationId) {
      return TagKind.ORGANISATION;
    } else if (this instanceof PlaceId) {
      return TagKind.PLACE;
    }
    return TagKind.EVENT;
  }
}
