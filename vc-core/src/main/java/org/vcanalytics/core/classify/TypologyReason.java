package org.vcanalytics.core.classify;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.vcanalytics.core.Role;

/**
 * Why a crime has a typology: the rule and the person, role, age, field or record behind it.
 *
 * @param rule the rule that matched (its typology is {@code rule.typology()})
 * @param personId the person the rule is about, when it is about a person
 * @param role that person's role on the crime
 * @param age that person's age on the day, for the youth rule
 * @param field the crime or person field the rule read ({@code weapon}, {@code date_of_birth}, ...)
 * @param evidenceId the intelligence log or OCG behind the rule, when there is one
 * @param text the reason in plain English
 */
public record TypologyReason(
    TypologyRule rule,
    Optional<String> personId,
    Optional<Role> role,
    OptionalInt age,
    Optional<String> field,
    Optional<String> evidenceId,
    String text) {

  /** Checks the parts. */
  public TypologyReason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(text, "text");
  }

  /** @return the typology this reason sets */
  public Typology typology() {
    return rule.typology();
  }

  static TypologyReason ofField(TypologyRule rule, String field, String text) {
    return new TypologyReason(
        rule, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.of(field),
        Optional.empty(), text);
  }

  static TypologyReason ofPerson(
      TypologyRule rule, String personId, Role role, OptionalInt age, String field, String evidenceId,
      String text) {
    return new TypologyReason(
        rule, Optional.of(personId), Optional.of(role), age, Optional.ofNullable(field),
        Optional.ofNullable(evidenceId), text);
  }
}
