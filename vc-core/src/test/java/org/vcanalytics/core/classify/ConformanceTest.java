package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.OcgMembership;
import org.vcanalytics.core.OffenceCodes;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;

/**
 * The table-driven conformance cases of {@code classify/conformance.csv}: one crime each, with its
 * people, OCG memberships, intelligence and options, and the expected violence, typologies and
 * knife-collection flag. Committed on 2024-06-15 unless the case says otherwise; as of 2024-12-31.
 *
 * <p>Columns: {@code people} is a space-separated list of {@code ROLE[+ROLE]:SEX:DATE_OF_BIRTH},
 * people numbered P1, P2, ... in order; {@code ocg} is {@code P1:FROM:TO}; {@code intel} is a
 * {@code /}-separated list of {@code HEADERS@P1+P2[@RECORDED_ON]} (recorded 2024-06-20 by default,
 * graded 3x5x2 2/C); {@code options} is {@code ;}-separated {@code key=value}; {@code violent} is Y,
 * N, or X for a crime left out because it was committed after the as-of date.
 */
class ConformanceTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final LocalDate DEFAULT_DAY = LocalDate.of(2024, 6, 15);

  static Stream<Map<String, String>> cases() throws IOException {
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/classify/conformance.csv");
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      return it.readAll().stream();
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void conforms(Map<String, String> c) {
    VcDataset.Builder b = VcDataset.builder();
    Crime.Builder crime =
        Crime.builder()
            .id("C1")
            .hoCode(OffenceCodes.normalise(c.get("ho_code")))
            .committedOn(date(c.get("committed_on"), DEFAULT_DAY));
    if (!c.get("offence_title").isEmpty()) {
      crime.offenceTitle(c.get("offence_title"));
    }
    if (!c.get("weapon").isBlank()) {
      crime.weapon(Weapon.valueOf(c.get("weapon").strip().toUpperCase().replace(' ', '_')));
    }
    if (!c.get("weapon_use").isBlank()) {
      crime.weaponUse(WeaponUse.valueOf(c.get("weapon_use")));
    }
    if (!c.get("domestic_abuse").isBlank()) {
      crime.domesticAbuse(c.get("domestic_abuse").equals("Y"));
    }
    if (!c.get("ocg_related").isBlank()) {
      crime.ocgRelated(c.get("ocg_related").equals("Y"));
    }
    b.addCrime(crime.build());

    String[] people = c.get("people").isBlank() ? new String[0] : c.get("people").strip().split(" +");
    for (int i = 0; i < people.length; i++) {
      String id = "P" + (i + 1);
      String[] f = people[i].split(":", -1);
      Person.Builder p = Person.builder().id(id);
      if (!f[1].isEmpty()) {
        p.sex(Sex.valueOf(f[1]));
      }
      if (!f[2].isEmpty()) {
        p.dateOfBirth(LocalDate.parse(f[2]));
      }
      b.addPerson(p.build());
      for (String role : f[0].split("\\+")) {
        b.addInvolvement("C1", id, Role.valueOf(role));
      }
    }
    if (!c.get("ocg").isBlank()) {
      for (String m : c.get("ocg").strip().split(" +")) {
        String[] f = m.split(":", -1);
        OcgMembership.Builder o =
            OcgMembership.builder().personId(f[0]).ocgId("G1").since(LocalDate.parse(f[1]));
        if (!f[2].isEmpty()) {
          o.until(LocalDate.parse(f[2]));
        }
        b.addOcgMembership(o.build());
      }
    }
    if (!c.get("intel").isBlank()) {
      String[] logs = c.get("intel").split("/");
      for (int i = 0; i < logs.length; i++) {
        String[] f = logs[i].split("@");
        String id = "I" + (i + 1);
        b.addIntelLog(
            IntelLog.builder()
                .id(id)
                .recordedOn(f.length > 2 ? LocalDate.parse(f[2]) : LocalDate.of(2024, 6, 20))
                .grade(IntelGrade.of("3x5x2", "2", "C"))
                .headers(
                    Arrays.stream(f[0].split(";"))
                        .map(h -> h.strip().replaceAll("\\s+", " ").toUpperCase())
                        .toList())
                .build());
        b.addIntelMentions(id, f[1].split("\\+"));
      }
    }

    Classification result = VcClassifier.classify(b.build(), AS_OF, options(c));
    String note = c.get("case") + " (" + c.get("note") + ")";
    if (c.get("violent").equals("X")) {
      assertThat(result.crime("C1")).as(note).isEmpty();
      assertThat(result.crimesAfterAsOf()).as(note).isEqualTo(1);
      return;
    }
    CrimeClassification cc = result.crime("C1").orElseThrow();
    assertThat(cc.violent()).as(note + ": " + cc.violenceReason()).isEqualTo(c.get("violent").equals("Y"));
    List<Typology> expected =
        c.get("typologies").isBlank()
            ? List.of()
            : Arrays.stream(c.get("typologies").split(";")).map(Typology::valueOf).toList();
    assertThat(cc.typologies()).as(note + ": " + cc.reasons()).isEqualTo(expected);
    // Every typology has a reason, and every reason a typology the crime has.
    assertThat(cc.reasons().stream().map(TypologyReason::typology).collect(Collectors.toSet()))
        .as(note)
        .isEqualTo(Set.copyOf(expected));
    assertThat(cc.inKnifeCollection()).as(note).isEqualTo(c.get("knife_collection").equals("Y"));
    if (c.get("case").equals("c68")) {
      assertThat(cc.reasons())
          .extracting(TypologyReason::text)
          .containsExactly(
              "offender and suspect P1 was 20 on 2024-06-15 (25 or under)",
              "offender and suspect P1 was a member of OCG G1 on 2024-06-15 (member from 2020-01-01,"
                  + " still a member)");
    }
    if (c.get("ho_code").equals("999")) {
      assertThat(result.warnings())
          .containsExactly("offence code 999 is not in the Home Office table: 1 crime counted as non-violent");
    } else {
      assertThat(result.warnings()).as(note).isEmpty();
    }
  }

  private static ClassifierOptions options(Map<String, String> c) {
    VcDefinition d =
        c.get("profile").isBlank() ? VcDefinition.defaults() : VcDefinition.of(VcProfile.valueOf(c.get("profile")));
    if (!c.get("add_codes").isBlank()) {
      d = d.plusCodes(c.get("add_codes").replace("add ", "").split(" "));
    }
    if (!c.get("remove_codes").isBlank()) {
      d = d.minusCodes(c.get("remove_codes").split(" "));
    }
    if (!c.get("titles").isBlank()) {
      d = d.plusTitles(c.get("titles").split(";"));
    }
    TypologyOptions t = TypologyOptions.defaults();
    if (!c.get("options").isBlank()) {
      for (String kv : c.get("options").split(";")) {
        String[] f = kv.split("=", 2);
        switch (f[0]) {
          case "youthMaxAge" -> t = t.withYouthMaxAge(Integer.parseInt(f[1]));
          case "youthRoles" -> {
            List<Role> roles = new ArrayList<>();
            for (String r : f[1].split("\\+")) {
              roles.add(Role.valueOf(r));
            }
            t = t.withYouthRoles(EnumSet.copyOf(roles));
          }
          case "airWeapons" -> t = t.withAirWeaponsAreGuns(Boolean.parseBoolean(f[1]));
          case "vawMale" -> t = t.withVawRequiresMaleOffender(Boolean.parseBoolean(f[1]));
          case "headers" -> t = t.withDomesticAbuseHeaders(Set.of(f[1].split("\\+")));
          default -> throw new IllegalArgumentException("unknown option " + f[0]);
        }
      }
    }
    return ClassifierOptions.defaults().withDefinition(d).withTypologies(t);
  }

  private static LocalDate date(String text, LocalDate otherwise) {
    return text.isBlank() ? otherwise : LocalDate.parse(text);
  }
}
