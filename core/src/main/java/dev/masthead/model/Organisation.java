package dev.masthead.model;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation: a company, a bank, a UN agency, a government, an embassy, a business alliance,
 * a magazine. It has a name and an optional acronym ("EIB"), a kind, a country, a website, a
 * parent organisation, other names and URIs that identify it elsewhere.
 */
@Value.Immutable
public abstract sealed class Organisation implements WithOrganisation
    permits ImmutableOrganisation {
  Organisation() {}

  /** {@return the organisation's id} */
  public abstract OrganisationId id();

  /** {@return its full name: "European Investment Bank"} */
  public abstract String name();

  /** {@return its acronym: "EIB"} */
  public abstract Optional<String> acronym();

  /** {@return what kind of organisation it is} */
  public abstract OrganisationKind kind();

  /** {@return the country it is based in or belongs to} */
  public abstract Optional<PlaceId> country();

  /** {@return its website} */
  public abstract Optional<URI> website();

  /** {@return the organisation it is part of; never itself} */
  public abstract Optional<OrganisationId> parent();

  /** {@return its name in other languages and scripts} */
  public abstract List<AlternateName> alternateNames();

  /** {@return URIs that identify it elsewhere; none repeated} */
  public abstract List<URI> sameAs();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return the name with its acronym: "European Investment Bank (EIB)"} */
  public final String displayName() {
    return name() + acronym().map(a -> " (" + a + ")").orElse("");
  }

  /** {@return the acronym if it has one, else the name} */
  public final String shortName() {
    return acronym().orElse(name());
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
        .text(name())
        .text(acronym())
        .term(kind())
        .id(country())
        .url(website())
        .id(parent())
        .list(alternateNames(), AlternateName::totals)
        .urls(sameAs())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Organisation");
    v.required("id", id());
    v.line("name", name(), ContentLimits.LINE);
    v.optionalLine("acronym", acronym(), ContentLimits.LINE);
    v.required("kind", kind());
    v.optionalHttpUrl("website", website());
    if (id() != null) {
      v.check(!parent().equals(Optional.of(id())), "parent",
          "must not be the organisation itself", id());
    }
    v.elements("alternateNames", alternateNames(), ContentLimits.ITEMS);
    v.unique("sameAs", sameAs(), "a URI");
    for (int i = 0; i < sameAs().size(); i++) {
      if (sameAs().get(i) != null) {
        v.httpUrl("sameAs[" + i + "]", sameAs().get(i));
      }
    }
    v.extensions(Organisation.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
