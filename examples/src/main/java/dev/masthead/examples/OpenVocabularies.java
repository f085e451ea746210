package dev.masthead.examples;

import dev.masthead.fixtures.SeedCorpus;

import dev.masthead.model.Event;
import dev.masthead.model.EventKind;
import dev.masthead.model.Participant;
import dev.masthead.model.ParticipantRole;
import dev.masthead.model.RawJson;

/**
 * Recipe: kinds and roles are open. A newer service may use a kind this version does not know;
 * it is kept verbatim, and so is every property the model does not know, as raw JSON.
 */
public final class OpenVocabularies {
  private OpenVocabularies() {}

  /**
   * Builds an event with a new kind, a new role and an extension, and prints them back.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    EventKind hackathon = EventKind.of("hackathon");
    ParticipantRole mentor = ParticipantRole.of("acme:mentor");
    Event event = SeedCorpus.firesideChat().withKind(hackathon)
        .withParticipants(Participant.of(SeedCorpus.OLIVER_LEPORI, mentor))
        .withExtensions(java.util.Map.of("acme:crmId", RawJson.of("\"crm-4711\"")));

    System.out.println("kind " + event.kind() + ", known: " + event.kind().isKnown());
    System.out.println("fireside-chat is the constant: "
        + (EventKind.of("fireside-chat") == EventKind.FIRESIDE_CHAT));
    Participant participant = event.participants().get(0);
    System.out.println("role " + participant.role() + ", known: " + participant.role().isKnown());
    System.out.println("extensions " + event.extensions());
  }
}
