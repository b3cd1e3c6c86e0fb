package org.vcanalytics.core.classify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.vcanalytics.core.Role;

/**
 * Why a crime has a typology: the rule and the person, role, age, field or record behind it.
 *
 * @param rule the rule that matched (its typology is {@code rule.typology()})
 * @param personId the person the rule is about, when it is about a person
 * @param roles that person's roles on the crime (one reason per person, naming all their roles)
 * @param age that person's age on the day, for the youth rule
 * @param field the crime or person field the rule read ({@code weapon}, {@code date_of_birth}, ...)
 * @param evidenceId the intelligence log or OCG behind the rule, when there is one
 * @param text the reason in plain English
 */
public record TypologyReason(
    TypologyRule rule,
    Optional<String> personId,
    List<Role> roles,
    OptionalInt age,
    Optional<String> field,
    Optional<String> evidenceId,
    String text) {

  /** Checks the parts. */
  public TypologyReason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(personId, "personId");
    roles = List.copyOf(roles);
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
        rule, Optional.empty(), List.of(), OptionalInt.empty(), Optional.of(field),
        Optional.empty(), text);
  }

  static TypologyReason ofPerson(
      TypologyRule rule, String personId, List<Role> roles, OptionalInt age, String field,
      String evidenceId, String text) {
    return new TypologyReason(
        rule, Optional.of(personId), roles, age, Optional.ofNullable(field),
        Optional.ofNullable(evidenceId), text);
  }
}
