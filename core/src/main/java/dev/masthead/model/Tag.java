package dev.masthead.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A label an article or an event carries, and what relatedness scores on: its id, its kind, the
 * label shown to readers, for an entity tag the entity it stands for, and the concept it stands
 * for in a shared vocabulary (an IPTC media topic, a Wikidata entity).
 *
 * <p>An entity tag's kind matches its entity: a {@link PersonId} goes with {@link
 * TagKind#PERSON}, an {@link OrganisationId} with {@link TagKind#ORGANISATION}, a {@link PlaceId}
 * with {@link TagKind#PLACE}, an {@link EventId} with {@link TagKind#EVENT}.
 */
@Value.Immutable
public abstract sealed class Tag implements WithTag permits ImmutableTag {
  Tag() {}

  /** {@return the tag's id; tags are told apart by id alone} */
  public abstract TagId id();

  /** {@return what the tag is about} */
  public abstract TagKind kind();

  /** {@return the label shown to readers} */
  public abstract String label();

  /** {@return the entity the tag stands for, if it is an entity tag} */
  public abstract Optional<EntityId> entity();

  /**
   * {@return the concept the tag stands for in a shared vocabulary, an absolute http(s) URL: an
   * IPTC media topic ({@code http://cv.iptc.org/newscodes/mediatopic/20000001}) or a Wikidata
   * entity ({@code https://www.wikidata.org/entity/Q403})}
   */
  public abstract Optional<URI> concept();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a tag that stands for no entity}
   *
   * @param id the tag's id
   * @param kind what it is about
   * @param label the label shown to readers
   */
  public static Tag of(TagId id, TagKind kind, String label) {
    return builder().id(id).kind(kind).label(label).build();
  }

  /**
   * {@return an entity tag: its kind follows from the entity's id type}
   *
   * @param id the tag's id
   * @param entity the entity it stands for
   * @param label the label shown to readers
   */
  public static Tag of(TagId id, EntityId entity, String label) {
    // A null entity is reported by validation ("kind is required"), like any missing value.
    return builder().id(id).kind(entity == null ? null : entity.tagKind()).entity(entity)
        .label(label).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .id(id())
        .term(kind())
        .text(label())
        .id(entity())
        .url(concept())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Tag");
    v.required("id", id());
    boolean hasKind = v.required("kind", kind());
    v.line("label", label(), ContentLimits.LINE);
    Optional<EntityId> entity = entity(); // one Optional, not one per call
    if (hasKind && entity.isPresent()) {
      TagKind expected = entity.get().tagKind();
      if (!expected.equals(kind())) {
        v.fail("entity", article(entity.get().getClass().getSimpleName()) + " goes with kind \""
            + expected + "\", not \"" + kind() + "\"", entity.get());
      }
    }
    v.optionalHttpUrl("concept", concept());
    v.extensions(Tag.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  private static String article(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** Builds a {@link Tag}. */
  public static final class Builder extends ImmutableTag.Builder {
    Builder() {}
  }
}
