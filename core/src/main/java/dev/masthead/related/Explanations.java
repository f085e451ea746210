package dev.masthead.related;

import dev.masthead.model.ArticleId;
import dev.masthead.model.TagKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explanations of scores: S, the weights and the decay worked out tag by tag with the snapshot's
 * {@link Scoring}, by the same arithmetic, in the same order, as the search, so that an
 * explanation's score is the search's to the last bit.
 */
final class Explanations {
  private Explanations() {}

  /** {@return the explanation of document {@code doc}'s score against {@code a}} */
  static Explanation explain(RelatedIndex index, Source a, int doc) {
    return explain(index, a, Source.of(index, doc), index.id(doc));
  }

  /** {@return the explanation of {@code b}'s score against {@code a}} */
  static Explanation explain(RelatedIndex index, Source a, Source b, ArticleId candidate) {
    Scoring scoring = index.scoring();
    RelatednessSettings settings = index.settings();
    // S and W(b) summed in tag id order: the same order, so the same double, as the search.
    double s = 0;
    int i = 0;
    for (int j = 0; j < b.ids().length; j++) {
      while (i < a.ids().length && a.ids()[i].value().compareTo(b.ids()[j].value()) < 0) {
        i++;
      }
      if (i < a.ids().length && a.ids()[i].equals(b.ids()[j]) && a.weights()[i] > 0) {
        s += a.weights()[i];
      }
    }
    double factor = s == 0 ? 0 : scoring.normalise(s, a.total(), b.total()) / s;
    double decay = scoring.decay(a.second(), b.second());
    double score = scoring.normalise(s, a.total(), b.total()) * decay;
    List<TagContribution> contributions = new ArrayList<>();
    i = 0;
    for (int j = 0; j < b.ids().length; j++) {
      while (i < a.ids().length && a.ids()[i].value().compareTo(b.ids()[j].value()) < 0) {
        i++;
      }
      if (i < a.ids().length && a.ids()[i].equals(b.ids()[j]) && a.weights()[i] > 0) {
        int t = a.tags()[i];
        int df = t >= 0 ? index.documentFrequency(t) : 0;
        TagKind kind = a.kinds()[i];
        contributions.add(TagContribution.builder()
            .tag(a.ids()[i])
            .kind(kind)
            .documentFrequency(df)
            .idf(scoring.idf(df))
            .kindWeight(scoring.kindWeight(kind))
            .weight(a.weights()[i])
            .contribution(a.weights()[i] * factor * decay)
            .build());
      }
    }
    return Explanation.builder()
        .source(a.doc() >= 0 ? Optional.of(index.id(a.doc())) : Optional.empty())
        .candidate(candidate)
        .score(score)
        .contributions(contributions)
        .sharedWeight(s)
        .sourceWeight(a.total())
        .candidateWeight(b.total())
        .normalisation(settings.normalisation())
        .normalisationFactor(factor)
        .age(Duration.ofSeconds(Math.abs(b.second() - a.second())))
        .halfLife(settings.halfLife())
        .decayFloor(settings.decayFloor())
        .decay(decay)
        .statistics(index.statistics())
        .build();
  }
}
