package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class VocabularyTermTest {
  private static final String FORM_RULE =
      "must be lower-case words joined by '-', '_', '.' or ':', such as \"fireside-chat\"";
  private static final String LENGTH_RULE = "must be at most 64 characters long";

  /** One vocabulary: its name, its factory, its knownValues() and its constants, listed by hand. */
  record Vocabulary(
      String name,
      Function<String, VocabularyTerm> of,
      Supplier<Set<? extends VocabularyTerm>> knownValues,
      List<VocabularyTerm> constants) {
    /** {@return the vocabulary's own knownValues() set, not a copy} */
    @SuppressWarnings("unchecked")
    Set<VocabularyTerm> known() {
      return (Set<VocabularyTerm>) knownValues.get();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vocabulary> vocabularies() {
    return Stream.of(
        new Vocabulary("TagKind", TagKind::of, TagKind::knownValues, List.of(
            TagKind.TOPIC, TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.EVENT)),
        new Vocabulary("EventKind", EventKind::of, EventKind::knownValues, List.of(
            EventKind.CONFERENCE, EventKind.SESSION, EventKind.FIRESIDE_CHAT, EventKind.PANEL,
            EventKind.KEYNOTE, EventKind.INTERVIEW, EventKind.SUMMIT, EventKind.MEETING,
            EventKind.VISIT, EventKind.SIGNING, EventKind.LAUNCH, EventKind.AWARD,
            EventKind.EXHIBITION, EventKind.WEBINAR)),
        new Vocabulary("OrganisationKind", OrganisationKind::of, OrganisationKind::knownValues,
            List.of(OrganisationKind.COMPANY, OrganisationKind.MEDIA, OrganisationKind.GOVERNMENT,
                OrganisationKind.MINISTRY, OrganisationKind.EMBASSY,
                OrganisationKind.INTERGOVERNMENTAL, OrganisationKind.FINANCIAL_INSTITUTION,
                OrganisationKind.BUSINESS_ASSOCIATION, OrganisationKind.NON_PROFIT,
                OrganisationKind.ACADEMIC, OrganisationKind.PUBLIC_BODY)),
        new Vocabulary("OrganisationRole", OrganisationRole::of, OrganisationRole::knownValues,
            List.of(OrganisationRole.ORGANISER, OrganisationRole.SUPPORTER,
                OrganisationRole.PARTNER, OrganisationRole.SPONSOR, OrganisationRole.HOST,
                OrganisationRole.MEDIA_PARTNER, OrganisationRole.PARTICIPANT,
                OrganisationRole.SIGNATORY)),
        new Vocabulary("ParticipantRole", ParticipantRole::of, ParticipantRole::knownValues,
            List.of(ParticipantRole.SPEAKER, ParticipantRole.MODERATOR, ParticipantRole.CO_LEAD,
                ParticipantRole.PANELIST, ParticipantRole.KEYNOTE_SPEAKER, ParticipantRole.HOST,
                ParticipantRole.INTERVIEWER, ParticipantRole.INTERVIEWEE,
                ParticipantRole.DELEGATE, ParticipantRole.SIGNATORY,
                ParticipantRole.PARTICIPANT)),
        new Vocabulary("PlaceKind", PlaceKind::of, PlaceKind::knownValues, List.of(
            PlaceKind.CONTINENT, PlaceKind.REGION, PlaceKind.COUNTRY, PlaceKind.SUBDIVISION,
            PlaceKind.CITY, PlaceKind.VENUE)),
        new Vocabulary("ContributorRole", ContributorRole::of, ContributorRole::knownValues,
            List.of(ContributorRole.AUTHOR, ContributorRole.EDITOR, ContributorRole.PHOTOGRAPHER,
                ContributorRole.ILLUSTRATOR, ContributorRole.TRANSLATOR,
                ContributorRole.CONTRIBUTOR)),
        new Vocabulary("Mark", Mark::of, Mark::knownValues, List.of(
            Mark.EMPHASIS, Mark.STRONG, Mark.CODE, Mark.SUPERSCRIPT, Mark.SUBSCRIPT)),
        new Vocabulary("LinkKind", LinkKind::of, LinkKind::knownValues, List.of(
            LinkKind.LINK, LinkKind.GALLERY, LinkKind.VIDEO, LinkKind.AUDIO, LinkKind.DOCUMENT)),
        new Vocabulary("CallToActionKind", CallToActionKind::of, CallToActionKind::knownValues,
            List.of(CallToActionKind.NEWS_TIP, CallToActionKind.CONTACT,
                CallToActionKind.NEWSLETTER, CallToActionKind.SUBSCRIBE,
                CallToActionKind.REGISTER, CallToActionKind.DONATE)),
        new Vocabulary("Genre", Genre::of, Genre::knownValues, List.of(
            Genre.NEWS, Genre.ANALYSIS, Genre.OPINION, Genre.INTERVIEW, Genre.REVIEW,
            Genre.REPORT, Genre.FACT_CHECK, Genre.SPONSORED)),
        new Vocabulary("HeadlineRole", HeadlineRole::of, HeadlineRole::knownValues, List.of(
            HeadlineRole.SEO, HeadlineRole.SOCIAL, HeadlineRole.PRINT, HeadlineRole.SHORT)),
        new Vocabulary("EventStatus", EventStatus::of, EventStatus::knownValues, List.of(
            EventStatus.SCHEDULED, EventStatus.CANCELLED, EventStatus.POSTPONED,
            EventStatus.RESCHEDULED, EventStatus.MOVED_ONLINE)),
        new Vocabulary("AttendanceMode", AttendanceMode::of, AttendanceMode::knownValues,
            List.of(AttendanceMode.OFFLINE, AttendanceMode.ONLINE, AttendanceMode.MIXED)));
  }

  @Test
  void everyVocabularyIsListedHere() {
    assertThat(vocabularies().map(Vocabulary::name))
        .containsExactlyInAnyOrderElementsOf(Stream.of(VocabularyTerm.class
            .getPermittedSubclasses()).map(Class::getSimpleName).toList());
  }

  static Stream<Arguments> everyConstant() {
    return vocabularies().flatMap(vocabulary -> vocabulary.constants().stream()
        .map(constant -> Arguments.of(vocabulary, constant.value(), constant)));
  }

  @ParameterizedTest(name = "{0}.of(\"{1}\")")
  @MethodSource("everyConstant")
  void ofKnownValueReturnsTheIdenticalKnownConstant(
      Vocabulary vocabulary, String value, VocabularyTerm constant) {
    VocabularyTerm term = vocabulary.of().apply(value);

    assertThat(term).isSameAs(constant);
    assertThat(term.isKnown()).isTrue();
    assertThat(term.value()).isEqualTo(value);
    assertThat(term).hasToString(value);
    assertThat(term.getClass().getSimpleName()).isEqualTo(vocabulary.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void knownValuesAreExactlyTheConstants(Vocabulary vocabulary) {
    Set<VocabularyTerm> known = vocabulary.known();

    assertThat(known).containsExactlyInAnyOrderElementsOf(vocabulary.constants());
    assertThat(known).allSatisfy(term -> assertThat(term.isKnown()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void constantValuesAreWellFormedAndDistinct(Vocabulary vocabulary) {
    assertThat(vocabulary.constants())
        .extracting(VocabularyTerm::value)
        .doesNotHaveDuplicates()
        .allSatisfy(value -> assertThat(value).matches("[a-z][a-z0-9]*(?:[-_.:][a-z0-9]+)*"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void knownValuesCannotBeModified(Vocabulary vocabulary) {
    Set<VocabularyTerm> known = vocabulary.known();
    VocabularyTerm extra = vocabulary.of().apply("acme:extra");

    assertThatThrownBy(() -> known.add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(vocabulary.known()).doesNotContain(extra);
  }

  static Stream<Arguments> everyVocabularyWithUnknownValue() {
    return vocabularies().flatMap(vocabulary -> Stream.of(
            "acme:panelist",
            "x",
            "a1",
            "fireside-chat-2",
            "acme:sub_kind.v2",
            "a".repeat(ContentLimits.VOCABULARY))
        .map(value -> Arguments.of(vocabulary, value)));
  }

  @ParameterizedTest(name = "{0}.of(\"{1}\")")
  @MethodSource("everyVocabularyWithUnknownValue")
  void ofUnknownWellFormedValueKeepsItVerbatimAsNotKnown(Vocabulary vocabulary, String value) {
    VocabularyTerm term = vocabulary.of().apply(value);

    assertThat(term.value()).isEqualTo(value);
    assertThat(term).hasToString(value);
    assertThat(term.isKnown()).isFalse();
    assertThat(term.getClass().getSimpleName()).isEqualTo(vocabulary.name());
    assertThat(vocabulary.known()).doesNotContain(term);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void unknownTermsWithSameValueAreEqualWithEqualHashCodes(Vocabulary vocabulary) {
    VocabularyTerm a = vocabulary.of().apply("acme:panelist");
    VocabularyTerm b = vocabulary.of().apply("acme:panelist");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(vocabulary.of().apply("acme:panelist-2"));
    assertThat(a).isNotEqualTo(vocabulary.constants().get(0));
  }

  static Stream<Arguments> malformedValues() {
    return Stream.of(
        Arguments.of("upper case", "Speaker", FORM_RULE),
        Arguments.of("all upper case", "SPEAKER", FORM_RULE),
        Arguments.of("inner space", "fireside chat", FORM_RULE),
        Arguments.of("trailing space", "speaker ", FORM_RULE),
        Arguments.of("leading digit", "1st-speaker", FORM_RULE),
        Arguments.of("digits only", "2030", FORM_RULE),
        Arguments.of("leading separator", "-speaker", FORM_RULE),
        Arguments.of("trailing separator", "speaker:", FORM_RULE),
        Arguments.of("double separator", "acme::panelist", FORM_RULE),
        Arguments.of("Turkish dotless i", "panelıst", FORM_RULE),
        Arguments.of("accented letter", "présentateur", FORM_RULE),
        Arguments.of("empty", "", FORM_RULE),
        Arguments.of("65 characters", "a".repeat(ContentLimits.VOCABULARY + 1), LENGTH_RULE),
        Arguments.of("65 characters with separators", "ab-".repeat(21) + "ab", LENGTH_RULE));
  }

  static Stream<Arguments> everyVocabularyWithMalformedValue() {
    return vocabularies().flatMap(vocabulary -> malformedValues().map(malformed ->
        Arguments.of(vocabulary, malformed.get()[0], malformed.get()[1], malformed.get()[2])));
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @MethodSource("everyVocabularyWithMalformedValue")
  void rejectsMalformedValueNamingVocabularyAndRule(
      Vocabulary vocabulary, String what, String value, String rule) {
    ContentValidationException e = catchThrowableOfType(
        ContentValidationException.class, () -> vocabulary.of().apply(value));

    assertThat(e).as(what).isNotNull();
    assertThat(e.type()).isEqualTo(vocabulary.name());
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.rule()).isEqualTo(rule);
      assertThat(v.value()).isPresent();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void rejectsNullAsRequired(Vocabulary vocabulary) {
    assertThatThrownBy(() -> vocabulary.of().apply(null))
        .isInstanceOf(ContentValidationException.class)
        .hasMessage("Invalid " + vocabulary.name() + ": value: is required");
  }

  @Test
  void termsWithSameValueFromDifferentVocabulariesAreNotEqual() {
    assertThat(ParticipantRole.HOST.value()).isEqualTo(OrganisationRole.HOST.value());
    assertThat((Object) ParticipantRole.HOST).isNotEqualTo(OrganisationRole.HOST);
    assertThat((Object) ParticipantRole.PARTICIPANT).isNotEqualTo(OrganisationRole.PARTICIPANT);
    assertThat((Object) ParticipantRole.SIGNATORY).isNotEqualTo(OrganisationRole.SIGNATORY);
    assertThat((Object) TagKind.of("acme:thing")).isNotEqualTo(EventKind.of("acme:thing"));
  }

  @Test
  void termMayStartWithAnyLetterFromAToZ() {
    assertThat(TagKind.of("a").value()).isEqualTo("a");
    assertThat(TagKind.of("zine").value()).isEqualTo("zine");
    assertThat(TagKind.of("z9:x").value()).isEqualTo("z9:x");
  }

  @Test
  void unequalTermsHashApart() {
    assertThat(TagKind.of("acme:a").hashCode()).isNotEqualTo(TagKind.of("acme:b").hashCode());
    assertThat(ParticipantRole.HOST.hashCode()).isNotEqualTo(OrganisationRole.HOST.hashCode());
  }

  @Test
  void termIsNotEqualToItsStringValueOrNull() {
    assertThat(ParticipantRole.HOST.equals("host")).isFalse();
    assertThat(ParticipantRole.HOST.equals(null)).isFalse();
  }
}
