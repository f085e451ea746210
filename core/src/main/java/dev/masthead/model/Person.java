package dev.masthead.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person: their name in parts, an honorific ("H.E."), the posts they held over time, other
 * names (in other scripts), their profile page, and URIs that identify them elsewhere.
 */
@Value.Immutable
public abstract sealed class Person implements WithPerson permits ImmutablePerson {
  Person() {}

  /** {@return the person's id} */
  public abstract PersonId id();

  /** {@return their name} */
  public abstract PersonName name();

  /** {@return the honorific shown before the name: "H.E.", "Dr"} */
  public abstract Optional<String> honorificPrefix();

  /** {@return the honorific shown after the name: "OBE", "PhD"} */
  public abstract Optional<String> honorificSuffix();

  /** {@return the posts they hold or held, most relevant first} */
  public abstract List<Position> positions();

  /** {@return their name in other languages and scripts} */
  public abstract List<AlternateName> alternateNames();

  /** {@return their profile page, an absolute http(s) URL: an author page, an official CV} */
  public abstract Optional<URI> url();

  /** {@return URIs that identify them elsewhere (Wikidata, an official page); none repeated} */
  public abstract List<URI> sameAs();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return the name as shown, without honorifics: "Akira Imamura"} */
  public final String displayName() {
    return name().display();
  }

  /** {@return the name with honorifics: "H.E. Akira Imamura"} */
  public final String formalName() {
    return honorificPrefix().map(h -> h + " ").orElse("")
        + displayName()
        + honorificSuffix().map(h -> ", " + h).orElse("");
  }

  /**
   * {@return the posts held on {@code day}, in order}
   *
   * @param day the day
   */
  public final List<Position> positionsHeldOn(LocalDate day) {
    return positions().stream().filter(p -> p.isHeldOn(day)).toList();
  }

  /**
   * {@return the formal name with a post: "H.E. Akira Imamura, Ambassador of Japan to Serbia",
   * "Oliver Lepori, Executive Director, Japanese Business Alliance"}
   *
   * @param position the post, usually one of {@link #positions()}
   * @param directory where organisations and places are looked up, see {@link
   *     Position#label(Directory)}
   */
  public final String describe(Position position, Directory directory) {
    return formalName() + ", " + position.label(directory);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .id(id())
        .object(name(), PersonName::totals)
        .text(honorificPrefix())
        .text(honorificSuffix())
        .list(positions(), Position::totals)
        .list(alternateNames(), AlternateName::totals)
        .url(url())
        .urls(sameAs())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Person");
    v.required("id", id());
    v.required("name", name());
    v.optionalLine("honorificPrefix", honorificPrefix(), ContentLimits.LINE);
    v.optionalLine("honorificSuffix", honorificSuffix(), ContentLimits.LINE);
    v.elements("positions", positions(), ContentLimits.ITEMS);
    v.elements("alternateNames", alternateNames(), ContentLimits.ITEMS);
    v.optionalHttpUrl("url", url());
    v.unique("sameAs", sameAs(), "a URI");
    for (int i = 0; i < sameAs().size(); i++) {
      if (sameAs().get(i) != null) {
        v.httpUrl("sameAs[" + i + "]", sameAs().get(i));
      }
    }
    v.extensions(Person.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
