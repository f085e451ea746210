package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ContributorTest {
  private static final PersonId AKIRA = PersonId.of("akira-imamura");

  private static Contributor full() {
    return Contributor.builder()
        .person(AKIRA)
        .name("A. Imamura")
        .role(ContributorRole.TRANSLATOR)
        .putExtension("acme:order", RawJson.of("1"))
        .build();
  }

  @Test
  void buildsAuthorKnownById() {
    Contributor contributor = Contributor.of(AKIRA);

    assertThat(contributor.person()).contains(AKIRA);
    assertThat(contributor.name()).isEmpty();
    assertThat(contributor.role()).isEqualTo(ContributorRole.AUTHOR);
    assertThat(contributor.extensions()).isEmpty();
  }

  @Test
  void buildsContributorKnownByNameOnly() {
    Contributor contributor = Contributor.builder().name("The Region staff").build();

    assertThat(contributor.person()).isEmpty();
    assertThat(contributor.name()).contains("The Region staff");
    assertThat(contributor.role()).isEqualTo(ContributorRole.AUTHOR);
  }

  @Test
  void buildsFullyPopulatedContributorAndReadsEveryAttributeBack() {
    Contributor contributor = full();

    assertThat(contributor.person()).contains(AKIRA);
    assertThat(contributor.name()).contains("A. Imamura");
    assertThat(contributor.role()).isEqualTo(ContributorRole.TRANSLATOR);
    assertThat(contributor.extensions()).containsExactly(Map.entry("acme:order", RawJson.of("1")));
  }

  @Test
  void keepsRoleFromANewerVocabulary() {
    Contributor contributor =
        Contributor.builder().person(AKIRA).role(ContributorRole.of("acme:fact-checker")).build();
    assertThat(contributor.role().value()).isEqualTo("acme:fact-checker");
    assertThat(contributor.role().isKnown()).isFalse();
  }

  @Test
  void rejectsContributorWithNeitherPersonNorName() {
    Violation violation = onlyViolation("Contributor", () -> Contributor.builder().build());
    assertThat(violation.path()).hasToString("person");
    assertThat(violation.rule()).isEqualTo("a contributor needs a person, a name or both");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsNullRoleAsRequired() {
    Violation violation = onlyViolation("Contributor",
        () -> Contributor.builder().person(AKIRA).role(null).build());
    assertThat(violation.path()).hasToString("role");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsBlankName() {
    assertOnlyViolation("Contributor", () -> Contributor.builder().name("  ").build(),
        "name", "must not be blank", "  ");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertOnlyViolation("Contributor",
        () -> Contributor.builder().name("The Region\nstaff").build(), "name",
        "must not contain control characters or line breaks", "The Region\\nstaff");
  }

  @Test
  void rejectsNameLongerThanLimit() {
    Violation violation = onlyViolation("Contributor",
        () -> Contributor.builder().name("n".repeat(ContentLimits.LINE + 1)).build());
    assertThat(violation.path()).hasToString("name");
    assertThat(violation.rule()).isEqualTo("must be at most 300 characters long, is 301");
  }

  @ParameterizedTest
  @ValueSource(strings = {"person", "name", "role"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("Contributor",
        () -> Contributor.builder().person(AKIRA).putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of Contributor", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Contributor", () -> Contributor.builder()
        .role(null)
        .putExtension("name", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("person", "role", "extensions.name");
  }

  @Test
  void equalsAndHashesLikeAContributorBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(Contributor.of(AKIRA))
        .isEqualTo(Contributor.builder().person(AKIRA).role(ContributorRole.AUTHOR).build());
  }

  @Test
  void differsFromAContributorDifferingInOneAttribute() {
    assertThat(full().withPerson(PersonId.of("someone-else"))).isNotEqualTo(full());
    assertThat(full().withName("Akira Imamura")).isNotEqualTo(full());
    assertThat(full().withRole(ContributorRole.EDITOR)).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
  }

  @Test
  void withRoleChangesOnlyTheRole() {
    Contributor changed = full().withRole(ContributorRole.PHOTOGRAPHER);
    assertThat(changed.role()).isEqualTo(ContributorRole.PHOTOGRAPHER);
    assertThat(changed.person()).contains(AKIRA);
    assertThat(changed.name()).contains("A. Imamura");
    assertThat(changed.extensions()).isEqualTo(full().extensions());
    assertThat(full().role()).isEqualTo(ContributorRole.TRANSLATOR);
  }

  @Test
  void withoutPersonKeepsContributorKnownByName() {
    Contributor changed = full().withPerson(Optional.empty());
    assertThat(changed.person()).isEmpty();
    assertThat(changed.name()).contains("A. Imamura");
  }

  @Test
  void withoutPersonOrNameIsRejected() {
    Violation violation = onlyViolation("Contributor",
        () -> Contributor.of(AKIRA).withPerson(Optional.empty()));
    assertThat(violation.path()).hasToString("person");
    assertThat(violation.rule()).isEqualTo("a contributor needs a person, a name or both");
  }

  @Test
  void withNullRoleIsRejectedAsRequired() {
    Violation violation = onlyViolation("Contributor", () -> full().withRole(null));
    assertThat(violation.path()).hasToString("role");
    assertThat(violation.rule()).isEqualTo("is required");
  }
}
