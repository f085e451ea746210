package dev.masthead.model;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happens: a conference, a session inside it, a visit, a signing. It has a kind,
 * a status and an attendance mode, a time known to some precision, a place and venue, an
 * optional parent (the conference a session belongs to), the people taking part and their roles,
 * the organisations involved and theirs, a gallery, and tags.
 */
@Value.Immutable
public abstract sealed class Event implements WithEvent permits ImmutableEvent {
  Event() {}

  /** {@return the event's id} */
  public abstract EventId id();

  /** {@return the event's name, one line} */
  public abstract String name();

  /** {@return its subtitle or theme: "Connecting Today's Efforts to Tomorrow's Europe"} */
  public abstract Optional<String> subtitle();

  /** {@return what kind of event it is} */
  public abstract EventKind kind();

  /** {@return whether it goes ahead as planned: scheduled, cancelled, postponed, ...} */
  public abstract Optional<EventStatus> status();

  /** {@return how people attend it: in person, online, or both} */
  public abstract Optional<AttendanceMode> attendanceMode();

  /** {@return when it starts, to the precision known} */
  public abstract Optional<EventTime> start();

  /** {@return when it ends, to the precision known; not before the start} */
  public abstract Optional<EventTime> end();

  /** {@return where it happens: a city, a country} */
  public abstract Optional<PlaceId> place();

  /** {@return the venue, free text: "Hotel Metropol, Belgrade"} */
  public abstract Optional<String> venue();

  /** {@return the event it is part of, e.g. a session's conference; never itself} */
  public abstract Optional<EventId> parent();

  /** {@return the people taking part, in order; a person appears at most once per role} */
  public abstract List<Participant> participants();

  /** {@return the organisations involved; an organisation appears at most once per role} */
  public abstract List<EventOrganisation> organisations();

  /** {@return where its photos are} */
  public abstract Optional<URI> gallery();

  /** {@return its own page} */
  public abstract Optional<URI> url();

  /** {@return what happened, free text} */
  public abstract Optional<String> description();

  /** {@return its tags, none repeated (by id)} */
  public abstract List<Tag> tags();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /**
   * {@return the organisations in {@code role}, in order}
   *
   * @param role e.g. {@link OrganisationRole#SUPPORTER}
   */
  public final List<OrganisationId> organisationsIn(OrganisationRole role) {
    return organisations().stream()
        .filter(o -> o.role().equals(role))
        .map(EventOrganisation::organisation)
        .toList();
  }

  /**
   * {@return the participants in {@code role}, in order}
   *
   * @param role e.g. {@link ParticipantRole#SPEAKER}
   */
  public final List<Participant> participantsIn(ParticipantRole role) {
    return participants().stream().filter(p -> p.role().equals(role)).toList();
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
        .text(subtitle())
        .term(kind())
        .term(status())
        .term(attendanceMode())
        .scalar(start())
        .scalar(end())
        .id(place())
        .text(venue())
        .id(parent())
        .list(participants(), Participant::totals)
        .list(organisations(), EventOrganisation::totals)
        .url(gallery())
        .url(url())
        .text(description())
        .list(tags(), Tag::totals)
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Event");
    v.required("id", id());
    v.line("name", name(), ContentLimits.LINE);
    v.optionalLine("subtitle", subtitle(), ContentLimits.LINE);
    v.required("kind", kind());
    if (start().isPresent() && end().isPresent()) {
      if (end().get().compareAtSharedPrecision(start().get()) < 0) {
        v.fail("end", "must not be before start (" + start().get() + ")", end().get());
      }
    }
    v.optionalLine("venue", venue(), ContentLimits.LINE);
    if (id() != null) {
      v.check(!parent().equals(Optional.of(id())), "parent",
          "must not be the event itself", id());
    }
    v.unique("participants", participants(), ContentLimits.ITEMS,
        p -> List.of(p.person(), p.role()), "a person in the same role");
    v.unique("organisations", organisations(), ContentLimits.ITEMS,
        o -> List.of(o.organisation(), o.role()), "an organisation in the same role");
    v.optionalHttpUrl("gallery", gallery());
    v.optionalHttpUrl("url", url());
    v.optionalText("description", description(), ContentLimits.TEXT);
    v.unique("tags", tags(), ContentLimits.ITEMS, Tag::id, "a tag id");
    v.extensions(Event.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
