package dev.masthead.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An immutable set of the entities articles refer to by id (people, organisations, places and
 * events), with lookups by id and the relations between them. Display helpers such as {@link
 * Person#describe(Position, Directory)} take one to turn ids into names.
 */
@Value.Immutable
public abstract sealed class Directory implements WithDirectory permits ImmutableDirectory {
  Directory() {}

  /** {@return the people, none repeated (by id)} */
  public abstract List<Person> people();

  /** {@return the organisations, none repeated (by id)} */
  public abstract List<Organisation> organisations();

  /** {@return the places, none repeated (by id)} */
  public abstract List<Place> places();

  /** {@return the events, none repeated (by id)} */
  public abstract List<Event> events();

  @Value.Lazy
  Map<PersonId, Person> peopleById() {
    return index(people(), Person::id);
  }

  @Value.Lazy
  Map<OrganisationId, Organisation> organisationsById() {
    return index(organisations(), Organisation::id);
  }

  @Value.Lazy
  Map<PlaceId, Place> placesById() {
    return index(places(), Place::id);
  }

  @Value.Lazy
  Map<EventId, Event> eventsById() {
    return index(events(), Event::id);
  }

  /**
   * {@return the person with this id}
   *
   * @param id the id
   */
  public final Optional<Person> person(PersonId id) {
    return Optional.ofNullable(peopleById().get(id));
  }

  /**
   * {@return the organisation with this id}
   *
   * @param id the id
   */
  public final Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationsById().get(id));
  }

  /**
   * {@return the place with this id}
   *
   * @param id the id
   */
  public final Optional<Place> place(PlaceId id) {
    return Optional.ofNullable(placesById().get(id));
  }

  /**
   * {@return the event with this id}
   *
   * @param id the id
   */
  public final Optional<Event> event(EventId id) {
    return Optional.ofNullable(eventsById().get(id));
  }

  /**
   * {@return the place's name, or its id if this directory does not hold it}
   *
   * @param id the place's id
   */
  public final String placeName(PlaceId id) {
    return place(id).map(Place::name).orElse(id.value());
  }

  /**
   * {@return the organisation's name, or its id if this directory does not hold it}
   *
   * @param id the organisation's id
   */
  public final String organisationName(OrganisationId id) {
    return organisation(id).map(Organisation::name).orElse(id.value());
  }

  /**
   * {@return the places that lie in {@code region}, directly or through other places, in
   * directory order}: the Western Balkans contains Serbia, which contains Belgrade
   *
   * @param region the containing place
   */
  public final List<Place> placesWithin(PlaceId region) {
    Set<PlaceId> inside = new HashSet<>();
    Deque<PlaceId> todo = new ArrayDeque<>(List.of(region));
    while (!todo.isEmpty()) {
      PlaceId outer = todo.pop();
      for (Place place : places()) {
        if (place.containedIn().contains(outer) && !place.id().equals(region)
            && inside.add(place.id())) {
          todo.push(place.id());
        }
      }
    }
    List<Place> result = new ArrayList<>();
    for (Place place : places()) {
      if (inside.contains(place.id())) {
        result.add(place);
      }
    }
    return result;
  }

  /**
   * {@return the events whose parent is {@code event}: a conference's sessions, in order}
   *
   * @param event the parent event
   */
  public final List<Event> partsOf(EventId event) {
    return events().stream().filter(e -> e.parent().equals(Optional.of(event))).toList();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> id) {
    Map<K, V> byId = new LinkedHashMap<>();
    for (V value : values) {
      byId.putIfAbsent(id.apply(value), value);
    }
    return byId;
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Directory");
    v.unique("people", people(), Integer.MAX_VALUE, Person::id, "a person id");
    v.unique("organisations", organisations(), Integer.MAX_VALUE, Organisation::id,
        "an organisation id");
    v.unique("places", places(), Integer.MAX_VALUE, Place::id, "a place id");
    v.unique("events", events(), Integer.MAX_VALUE, Event::id, "an event id");
    v.done();
  }

  /** Builds a {@link Directory}. */
  public static final class Builder extends ImmutableDirectory.Builder {
    Builder() {}
  }
}
