package dev.masthead.interop.jsonld;

import dev.masthead.model.Article;
import dev.masthead.model.AttendanceMode;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventStatus;
import dev.masthead.model.Genre;
import dev.masthead.model.OrganisationKind;
import dev.masthead.model.OrganisationRole;
import dev.masthead.model.ParticipantRole;
import dev.masthead.model.PlaceKind;
import java.util.Map;
import java.util.Optional;

/**
 * The schema.org type of each kind and the property of each role: the tables of {@code
 * docs/interop.md}, in one place. Every type and property named here exists in schema.org 30.0
 * and is used within its domain; {@code VocabularyTest} checks the output against the vocabulary.
 */
final class Schema {
  private Schema() {}

  /** The fallback type of an organisation that is its publication's publisher. */
  static final String NEWS_MEDIA_ORGANIZATION = "NewsMediaOrganization";

  /** The namespace of schema.org's terms, for enumeration members written as IRIs. */
  static final String SCHEMA = "https://schema.org/";

  /** The type of sponsored content: an {@code Article}, not a {@code NewsArticle}. */
  static final String ADVERTISER_CONTENT_ARTICLE = "AdvertiserContentArticle";

  /**
   * The {@code NewsArticle} subtype of each genre that has one. {@code review} has none here:
   * {@code ReviewNewsArticle} is also a {@code CriticReview}, which asks for the item reviewed
   * and a rating the model does not have. {@code interview} and {@code fact-check} have no
   * subtype in schema.org ({@code ClaimReview} is a review of one claim, not an article).
   */
  private static final Map<String, String> GENRE_TYPES = Map.of(
      Genre.NEWS.value(), "ReportageNewsArticle",
      Genre.REPORT.value(), "ReportageNewsArticle",
      Genre.ANALYSIS.value(), "AnalysisNewsArticle",
      Genre.OPINION.value(), "OpinionNewsArticle");

  /** The members of {@code EventStatusType}; a status this version does not know is left out. */
  private static final Map<String, String> EVENT_STATUSES = Map.of(
      EventStatus.SCHEDULED.value(), "EventScheduled",
      EventStatus.CANCELLED.value(), "EventCancelled",
      EventStatus.POSTPONED.value(), "EventPostponed",
      EventStatus.RESCHEDULED.value(), "EventRescheduled",
      EventStatus.MOVED_ONLINE.value(), "EventMovedOnline");

  /** The members of {@code EventAttendanceModeEnumeration}; others are left out. */
  private static final Map<String, String> ATTENDANCE_MODES = Map.of(
      AttendanceMode.OFFLINE.value(), "OfflineEventAttendanceMode",
      AttendanceMode.ONLINE.value(), "OnlineEventAttendanceMode",
      AttendanceMode.MIXED.value(), "MixedEventAttendanceMode");

  private static final Map<EventKind, String> EVENT_TYPES = Map.of(
      EventKind.CONFERENCE, "BusinessEvent",
      EventKind.SUMMIT, "BusinessEvent",
      EventKind.MEETING, "BusinessEvent",
      EventKind.EXHIBITION, "ExhibitionEvent");

  private static final Map<OrganisationKind, String> ORGANISATION_TYPES = Map.of(
      OrganisationKind.MEDIA, NEWS_MEDIA_ORGANIZATION,
      OrganisationKind.GOVERNMENT, "GovernmentOrganization",
      OrganisationKind.MINISTRY, "GovernmentOrganization",
      OrganisationKind.EMBASSY, "GovernmentOrganization",
      OrganisationKind.PUBLIC_BODY, "GovernmentOrganization",
      OrganisationKind.NON_PROFIT, "NGO",
      OrganisationKind.ACADEMIC, "EducationalOrganization",
      OrganisationKind.COMPANY, "Corporation");

  private static final Map<PlaceKind, String> PLACE_TYPES = Map.of(
      PlaceKind.COUNTRY, "Country",
      PlaceKind.CITY, "City",
      PlaceKind.CONTINENT, "Continent",
      PlaceKind.SUBDIVISION, "AdministrativeArea");

  /**
   * What an organisation's role makes it in an event. A value this version does not know is left
   * out rather than guessed, except {@code funder}, the one schema.org names that the model's
   * well-known roles lack.
   */
  private static final Map<String, String> ORGANISATION_ROLES = Map.of(
      OrganisationRole.ORGANISER.value(), "organizer",
      OrganisationRole.HOST.value(), "organizer",
      OrganisationRole.SUPPORTER.value(), "sponsor",
      OrganisationRole.SPONSOR.value(), "sponsor",
      "funder", "funder",
      OrganisationRole.PARTNER.value(), "contributor",
      OrganisationRole.MEDIA_PARTNER.value(), "contributor",
      OrganisationRole.PARTICIPANT.value(), "attendee",
      OrganisationRole.SIGNATORY.value(), "attendee");

  /** What a person's role makes them in an event; others are left out. */
  private static final Map<ParticipantRole, String> PARTICIPANT_ROLES = Map.ofEntries(
      Map.entry(ParticipantRole.SPEAKER, "performer"),
      Map.entry(ParticipantRole.KEYNOTE_SPEAKER, "performer"),
      Map.entry(ParticipantRole.PANELIST, "performer"),
      Map.entry(ParticipantRole.MODERATOR, "performer"),
      Map.entry(ParticipantRole.HOST, "performer"),
      Map.entry(ParticipantRole.CO_LEAD, "performer"),
      Map.entry(ParticipantRole.INTERVIEWER, "performer"),
      Map.entry(ParticipantRole.INTERVIEWEE, "performer"),
      Map.entry(ParticipantRole.DELEGATE, "attendee"),
      Map.entry(ParticipantRole.PARTICIPANT, "attendee"),
      Map.entry(ParticipantRole.SIGNATORY, "attendee"));

  /** The article properties of the byline roles that have their own; others are contributors. */
  private static final Map<ContributorRole, String> CONTRIBUTOR_ROLES = Map.of(
      ContributorRole.AUTHOR, "author",
      ContributorRole.EDITOR, "editor",
      ContributorRole.TRANSLATOR, "translator",
      ContributorRole.CONTRIBUTOR, "contributor");

  /**
   * {@return the article's type}: {@code AdvertiserContentArticle} if one of its genres is {@code
   * sponsored}, which outweighs any other (paid content is advertising whatever its form); else
   * the type of its first genre that has one; else {@code NewsArticle}
   *
   * @param article the article
   */
  static String articleType(Article article) {
    if (article.genres().contains(Genre.SPONSORED)) {
      return ADVERTISER_CONTENT_ARTICLE;
    }
    for (Genre genre : article.genres()) {
      String type = GENRE_TYPES.get(genre.value());
      if (type != null) {
        return type;
      }
    }
    return "NewsArticle";
  }

  /** {@return the schema.org member's IRI for the event's status, if it is a known one} */
  static Optional<String> eventStatus(EventStatus status) {
    return Optional.ofNullable(EVENT_STATUSES.get(status.value())).map(m -> SCHEMA + m);
  }

  /** {@return the schema.org member's IRI for the event's attendance mode, if it is a known one} */
  static Optional<String> attendanceMode(AttendanceMode mode) {
    return Optional.ofNullable(ATTENDANCE_MODES.get(mode.value())).map(m -> SCHEMA + m);
  }

  static String eventType(EventKind kind) {
    return EVENT_TYPES.getOrDefault(kind, "Event");
  }

  static String organisationType(OrganisationKind kind) {
    return ORGANISATION_TYPES.getOrDefault(kind, "Organization");
  }

  static String placeType(PlaceKind kind) {
    return PLACE_TYPES.getOrDefault(kind, "Place");
  }

  static Optional<String> organisationProperty(OrganisationRole role) {
    return Optional.ofNullable(ORGANISATION_ROLES.get(role.value()));
  }

  static Optional<String> participantProperty(ParticipantRole role) {
    return Optional.ofNullable(PARTICIPANT_ROLES.get(role));
  }

  /** {@return the article property of this byline role, if it has one of its own} */
  static Optional<String> contributorProperty(ContributorRole role) {
    return Optional.ofNullable(CONTRIBUTOR_ROLES.get(role));
  }
}
