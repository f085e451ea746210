package dev.masthead.model;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place: a region, a country, a city, a venue. A country may carry its ISO 3166-1 alpha-2 code;
 * a place names the places it lies in ("Serbia" lies in "the Western Balkans"), so that a {@link
 * Directory} can answer which places a region contains.
 */
@Value.Immutable
public abstract sealed class Place implements WithPlace permits ImmutablePlace {
  /**
   * Codes accepted besides the ISO 3166-1 officially assigned ones: {@code XK} (Kosovo),
   * user-assigned but in common use, by the EU among others.
   */
  public static final Set<String> EXTRA_COUNTRY_CODES = Set.of("XK");

  Place() {}

  /** {@return the place's id} */
  public abstract PlaceId id();

  /** {@return its name: "Western Balkans"} */
  public abstract String name();

  /** {@return what kind of place it is} */
  public abstract PlaceKind kind();

  /** {@return its ISO 3166-1 alpha-2 code, upper case: "RS"} */
  public abstract Optional<String> countryCode();

  /** {@return the places it lies in, none repeated, never itself} */
  public abstract List<PlaceId> containedIn();

  /** {@return its name in other languages and scripts} */
  public abstract List<AlternateName> alternateNames();

  /** {@return URIs that identify it elsewhere; none repeated} */
  public abstract List<URI> sameAs();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

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
        .text(name())
        .term(kind())
        .text(countryCode())
        .ids(containedIn())
        .list(alternateNames(), AlternateName::totals)
        .urls(sameAs())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Place");
    v.required("id", id());
    v.line("name", name(), ContentLimits.LINE);
    v.required("kind", kind());
    v.optionalCountryCode("countryCode", countryCode());
    v.unique("containedIn", containedIn(), "a place");
    if (id() != null) {
      int self = containedIn().indexOf(id());
      if (self >= 0) {
        v.fail("containedIn[" + self + "]", "must not be the place itself", id());
      }
    }
    v.elements("alternateNames", alternateNames(), ContentLimits.ITEMS);
    v.unique("sameAs", sameAs(), "a URI");
    for (int i = 0; i < sameAs().size(); i++) {
      if (sameAs().get(i) != null) {
        v.httpUrl("sameAs[" + i + "]", sameAs().get(i));
      }
    }
    v.extensions(Place.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Place}. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
