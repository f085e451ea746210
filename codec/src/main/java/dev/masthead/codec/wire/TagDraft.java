package dev.masthead.codec.wire;

import dev.masthead.model.ContentValidationException;
import dev.masthead.model.EntityId;
import dev.masthead.model.EventId;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.PersonId;
import dev.masthead.model.PlaceId;
import dev.masthead.model.Tag;
import dev.masthead.model.TagKind;
import dev.masthead.model.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tag being read. Its {@code entity} is a plain id string on the wire whose type follows from
 * the tag's kind, which may come later in the object; the id is typed when the tag is built.
 */
final class TagDraft {
  final Tag.Builder builder = Tag.builder();
  @Nullable TagKind kind;
  @Nullable String entity;

  Tag build() {
    if (entity != null && kind != null) {
      builder.entity(entity(kind, entity));
    }
    return builder.build();
  }

  private static EntityId entity(TagKind kind, String id) {
    try {
      if (kind.equals(TagKind.PERSON)) {
        return PersonId.of(id);
      } else if (kind.equals(TagKind.ORGANISATION)) {
        return OrganisationId.of(id);
      } else if (kind.equals(TagKind.PLACE)) {
        return PlaceId.of(id);
      } else if (kind.equals(TagKind.EVENT)) {
        return EventId.of(id);
      }
    } catch (ContentValidationException e) {
      throw new ContentValidationException("Tag",
          e.violations().stream().map(v -> v.under("entity")).toList());
    }
    throw new ContentValidationException("Tag", List.of(Violation.of("entity",
        "only a tag of kind person, organisation, place or event stands for an entity, not \""
            + kind + "\"", id)));
  }
}
