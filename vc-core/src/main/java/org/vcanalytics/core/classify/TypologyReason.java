package org.vcanalytics.core.classify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.vcanalytics.core.Role;

/**
 * Why a crime has a typology: the rule and the person, roles, age, field or record behind it. A
 * force has millions of these, so the plain-English {@link #text()} is written when asked for.
 */
public final class TypologyReason {
  private static final int NO_AGE = -1;
  /** The few role lists there are, each held once. */
  private static final java.util.Map<List<Role>, List<Role>> ROLE_LISTS = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * The lists of one role, by the role's place, held in {@link #ROLE_LISTS} too: most reasons name
   * one role, found here without hashing a list (millions of reasons at a force's size).
   */
  private static final List<List<Role>> ONE_ROLE =
      java.util.Arrays.stream(Role.values()).map(r -> ROLE_LISTS.computeIfAbsent(List.of(r), x -> x)).toList();

  private final TypologyRule rule;
  private final String personId;
  private final List<Role> roles;
  private final int age;
  private final String field;
  private final String evidenceId;
  /**
   * Writes the text from the reason itself and what the rule captured: a rule whose text needs only
   * the reason's own fields (a female victim's, a flag's) shares one function across all its reasons.
   */
  private final Function<TypologyReason, String> text;
  /** The day of the crime, for a rule whose text names it (the youth rule); else null. */
  private final java.time.LocalDate on;

  private TypologyReason(
      TypologyRule rule, String personId, List<Role> roles, int age, String field, String evidenceId,
      java.time.LocalDate on, Function<TypologyReason, String> text) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.personId = personId;
    this.roles =
        roles.size() == 1
            ? ONE_ROLE.get(roles.get(0).ordinal())
            : ROLE_LISTS.computeIfAbsent(List.copyOf(roles), x -> x);
    this.age = age;
    this.field = field;
    this.evidenceId = evidenceId;
    this.on = on;
    this.text = Objects.requireNonNull(text, "text");
  }

  static TypologyReason ofField(TypologyRule rule, String field, Function<TypologyReason, String> text) {
    return new TypologyReason(rule, null, List.of(), NO_AGE, field, null, null, text);
  }

  static TypologyReason ofPerson(
      TypologyRule rule, String personId, List<Role> roles, OptionalInt age, String field,
      String evidenceId, Function<TypologyReason, String> text) {
    return new TypologyReason(
        rule, Objects.requireNonNull(personId), roles, age.orElse(NO_AGE), field, evidenceId, null, text);
  }

  /**
   * A reason about a person on the day of the crime, whose text is made from the reason alone (one
   * text function for all the rule's reasons, with {@link #on()}): the youth rule's million reasons
   * then hold no text maker each.
   */
  static TypologyReason ofPersonOn(
      TypologyRule rule, String personId, List<Role> roles, OptionalInt age, String field,
      java.time.LocalDate on, Function<TypologyReason, String> text) {
    return new TypologyReason(
        rule, Objects.requireNonNull(personId), roles, age.orElse(NO_AGE), field, null, Objects.requireNonNull(on),
        text);
  }

  /** @return the day of the crime, for a reason made with {@link #ofPersonOn} */
  java.time.LocalDate on() {
    return on;
  }

  /** @return the rule that matched (its typology is {@code rule().typology()}) */
  public TypologyRule rule() {
    return rule;
  }

  /** @return the typology this reason sets */
  public Typology typology() {
    return rule.typology();
  }

  /** @return the person the rule is about, when it is about a person */
  public Optional<String> personId() {
    return Optional.ofNullable(personId);
  }

  /** @return that person's roles on the crime (one reason per person, naming all their roles) */
  public List<Role> roles() {
    return roles;
  }

  /** @return that person's age on the day, for the youth rule */
  public OptionalInt age() {
    return age == NO_AGE ? OptionalInt.empty() : OptionalInt.of(age);
  }

  /** @return the crime or person field the rule read ({@code weapon}, {@code date_of_birth}, ...) */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** @return the intelligence log or OCG behind the rule, when there is one */
  public Optional<String> evidenceId() {
    return Optional.ofNullable(evidenceId);
  }

  /** @return the reason in plain English */
  public String text() {
    return text.apply(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypologyReason r
        && rule == r.rule
        && Objects.equals(personId, r.personId)
        && roles.equals(r.roles)
        && age == r.age
        && Objects.equals(field, r.field)
        && Objects.equals(evidenceId, r.evidenceId)
        && text().equals(r.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, personId, roles, age, field, evidenceId);
  }

  @Override
  public String toString() {
    return rule + ": " + text();
  }
}
