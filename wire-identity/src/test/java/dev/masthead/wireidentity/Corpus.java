package dev.masthead.wireidentity;

import dev.masthead.fixtures.Generators;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/** The documents both lines are held to: generated ones, and those jackson-module keeps. */
final class Corpus {
  /** Generated documents per type: edge cases and future documents on. */
  static final int GENERATED = 1_000;

  /** Edge cases in a fifth of the places that can have one, extensions and unknown values on. */
  static final Generators GENERATORS =
      Generators.builder().futureDocuments(true).edgeCases(0.2).build();

  private Corpus() {}

  /** A document type and its generator. */
  record Type<T>(Class<T> type, BiFunction<Generators, RandomGenerator, T> generator) {
    /** {@return the document of this type that {@code seed} generates} */
    T generate(long seed) {
      return generator.apply(GENERATORS, new SplittableRandom(seed));
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /** {@return every document type a service reads and writes on its own} */
  static List<Type<?>> types() {
    return List.of(
        new Type<>(Article.class, Generators::article),
        new Type<>(ArticleSummary.class, Generators::articleSummary),
        new Type<>(Event.class, Generators::event),
        new Type<>(Person.class, Generators::person),
        new Type<>(Organisation.class, Generators::organisation),
        new Type<>(Place.class, Generators::place),
        new Type<>(Publication.class, Generators::publication));
  }

  /** {@return jackson-module's test resources, where its frozen and fuzz documents are} */
  static Path jacksonModuleResources() {
    return Path.of(System.getProperty("masthead.jacksonModuleResources",
        "../jackson-module/src/test/resources"));
  }

  /** A frozen compatibility document: its file and the model type it holds. */
  record Frozen(Path file, Class<?> type) {
    byte[] bytes() {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return file.getParent().getParent().getFileName() + "/" + file.getParent().getFileName()
          + "/" + file.getFileName();
    }
  }

  /** {@return every frozen compatibility document, from each version's manifest} */
  static List<Frozen> frozen() throws IOException {
    Path compat = jacksonModuleResources().resolve("compat");
    List<Frozen> all = new ArrayList<>();
    try (var versions = Files.list(compat)) {
      for (Path version : versions.sorted().toList()) {
        for (String line : Files.readAllLines(version.resolve("manifest.tsv"))) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] fields = line.split("\t");
          all.add(new Frozen(version.resolve(fields[0]), classOf(fields[1])));
        }
      }
    }
    return all;
  }

  private static Class<?> classOf(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("manifest names an unknown type " + name, e);
    }
  }
}
