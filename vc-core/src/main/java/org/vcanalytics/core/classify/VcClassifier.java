package org.vcanalytics.core.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.OcgMembership;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;

/**
 * Classifies the crimes of a data set as of a date: which are violent crime (VC) and why, the
 * typologies of each VC event with their reasons, and each person's contributing factors.
 *
 * <pre>{@code
 * Classification c = VcClassifier.classify(data, LocalDate.of(2024, 12, 31));
 * c.crime("C001").orElseThrow().typologies();   // [KNIFE, YOUTH]
 * c.factorsOf("P001").has(Factor.MENTAL_HEALTH);
 * }</pre>
 *
 * <p>Rules (docs/definitions.md): crimes committed after the as-of date are left out and counted;
 * intelligence recorded after it and custody booked after it are not used. Typologies are only given
 * to violent crimes. Cost: O(crimes + involvements + the intelligence naming victims) for crimes,
 * O(people + custody + involvements) for factors. The result is deterministic: ordered by id, the
 * same whatever the order the data set was built in.
 */
public final class VcClassifier {

  private static final Logger LOG = LoggerFactory.getLogger(VcClassifier.class);

  private final VcDataset data;
  private final LocalDate asOf;
  private final ClassifierOptions options;
  private final TypologyOptions typ;
  /** The youth rule's text, one for all its reasons (each holds its person, roles, age and day). */
  private final java.util.function.Function<TypologyReason, String> youthText;
  /**
   * For each person (by position in {@link VcDataset#people()}), the positions in {@link
   * VcDataset#intelLogs()} (id order) of the logs with a domestic-abuse header recorded by the as-of
   * date that name them, ascending; null for a person no such log names. Built once, in O(the
   * mentions in those logs), so that a crime's victims are matched with its offenders by comparing
   * numbers, not by looking up every mention of every victim.
   */
  private final int[][] domesticLogsOf;
  /** The definition's offence codes, as a hash set: asked of every crime. */
  private final Set<String> definitionCodes;
  /** The earliest day any crime was committed: no one 18 or over that day was a child at a crime. */
  private final LocalDate earliestCrime;
  /** Whether a role's age counts for YOUTH, by the role's ordinal: asked of every involvement. */
  private final boolean[] youthRole = new boolean[Role.values().length];
  /** Everyone's date of birth by place, for YOUTH's ages. */
  private final Parties.Birthdays birthdays;

  private VcClassifier(VcDataset data, LocalDate asOf, ClassifierOptions options) {
    this.data = data;
    this.asOf = asOf;
    this.options = options;
    this.typ = options.typologies();
    int maxAge = typ.youthMaxAge();
    this.youthText =
        r -> roles(r.roles()) + " " + r.personId().orElseThrow() + " was " + r.age().getAsInt() + " on " + r.on()
            + " (" + maxAge + " or under)";
    typ.youthRoles().forEach(r -> youthRole[r.ordinal()] = true);
    this.birthdays = new Parties.Birthdays(data.people());
    this.domesticLogsOf = domesticLogsByPerson();
    this.definitionCodes = new HashSet<>(options.definition().codes());
    LocalDate earliest = LocalDate.MAX;
    for (Crime c : data.crimes()) {
      earliest = c.committedOn().isBefore(earliest) ? c.committedOn() : earliest;
    }
    this.earliestCrime = earliest;
  }

  /** {@link #domesticLogsOf}: each person's domestic-abuse logs, by position. */
  private int[][] domesticLogsByPerson() {
    List<IntelLog> logs = data.intelLogs();
    int[][] of = new int[data.people().size()][];
    int[] count = new int[of.length];
    for (int li = 0; li < logs.size(); li++) {
      IntelLog log = logs.get(li);
      if (log.recordedOn().isAfter(asOf) || !domesticHeader(log)) {
        continue;
      }
      for (int pi : data.personIndexesNamedInLogAt(li)) {
        int n = pi < 0 ? -1 : count[pi];
        if (n < 0 || (n > 0 && of[pi][n - 1] == li)) {
          continue; // not a registered person, or named twice in the log
        }
        if (n == 0) {
          of[pi] = new int[2];
        } else if (n == of[pi].length) {
          of[pi] = java.util.Arrays.copyOf(of[pi], 2 * n);
        }
        of[pi][n] = li;
        count[pi] = n + 1;
      }
    }
    for (int pi = 0; pi < of.length; pi++) {
      if (of[pi] != null && of[pi].length != count[pi]) {
        of[pi] = java.util.Arrays.copyOf(of[pi], count[pi]);
      }
    }
    return of;
  }

  /**
   * Classifies with the default options.
   *
   * @param data the data set
   * @param asOf the as-of date
   * @return the classification
   */
  public static Classification classify(VcDataset data, LocalDate asOf) {
    return classify(data, asOf, ClassifierOptions.defaults());
  }

  /**
   * Classifies.
   *
   * @param data the data set
   * @param asOf the as-of date
   * @param options the definition and typology options
   * @return the classification
   */
  public static Classification classify(VcDataset data, LocalDate asOf, ClassifierOptions options) {
    return new VcClassifier(data, asOf, options).run();
  }

  private Classification run() {
    // Crimes and people are independent of each other: classified in parallel, collected in id
    // order, so the result is the same for any number of threads.
    List<Crime> all = data.crimes();
    List<Crime> inScope = new ArrayList<>();
    int[] byDataIndex = new int[all.size()];
    int[] dataIndexOf = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      boolean in = !all.get(i).committedOn().isAfter(asOf);
      byDataIndex[i] = in ? inScope.size() : -1;
      if (in) {
        dataIndexOf[inScope.size()] = i;
        inScope.add(all.get(i));
      }
    }
    // A non-violent crime's classification is made when asked for (Classification.crimes()): only
    // the violent crimes' are kept here, the others' places left null.
    CrimeClassification[] violentOrNull = new CrimeClassification[inScope.size()];
    java.util.stream.IntStream.range(0, inScope.size()).parallel()
        .forEach(k -> violentOrNull[k] = crime(inScope.get(k), dataIndexOf[k]));
    Map<String, Long> unknown = new TreeMap<>();
    for (int k = 0; k < violentOrNull.length; k++) {
      String code = inScope.get(k).hoCode();
      if (violentOrNull[k] == null && offenceOf.get(code).isEmpty()) {
        unknown.merge(code, 1L, Long::sum);
      }
    }
    List<PersonFactors> people = java.util.stream.IntStream.range(0, data.people().size()).parallel()
        .mapToObj(this::factors).filter(f -> !f.factors().isEmpty()).toList();
    if (!unknown.isEmpty()) {
      LOG.warn(
          "{} offence codes are not in the Home Office table; their crimes count as non-violent: {}",
          unknown.size(),
          shownCodes(unknown.keySet()));
    }
    long after = data.crimes().size() - inScope.size();
    long intelAfter = data.intelLogs().stream().filter(l -> l.recordedOn().isAfter(asOf)).count();
    long custodyAfter = data.custodyRecords().stream().filter(r -> r.bookedOn().isAfter(asOf)).count();
    return new Classification(
        asOf, options, violentOrNull, offenceOf, inScope, byDataIndex, dataIndexOf, people, after, intelAfter,
        custodyAfter, unknown);
  }

  // ---------------------------------------------------------------------------------------------
  // Crimes.

  /** One shared look-up result per offence code: millions of crimes share a hundred codes. */
  private final Map<String, Optional<Offence>> offenceOf = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Optional<ViolenceMatch>> codeMatchOf = new java.util.concurrent.ConcurrentHashMap<>();

  /** The classification of a violent crime, at its place in the data set; null for one not violent. */
  private CrimeClassification crime(Crime c, int dataIndex) {
    Optional<Offence> offence = offenceOf.computeIfAbsent(c.hoCode(), options.offences()::find);
    Optional<ViolenceMatch> match =
        definitionCodes.contains(c.hoCode())
            ? codeMatchOf.computeIfAbsent(c.hoCode(), x -> options.definition().match(c))
            : options.definition().titles().isEmpty() ? Optional.empty() : options.definition().match(c);
    if (match.isEmpty()) {
      return null; // not violent: made when asked for, from its record and offence (Classification)
    }
    List<TypologyReason> reasons = new ArrayList<>();
    List<Involvement> involved = data.involvementsInCrimeAt(dataIndex); // by place: no look-up by id
    int[] ranks = data.personIndexesOfInvolvementsInCrimeAt(dataIndex); // the person of each, in step
    List<Person> persons = inOrder(ranks);
    knife(c, reasons);
    gun(c, reasons);
    youth(c, involved, ranks, persons, reasons);
    ocg(c, involved, persons, ranks, reasons);
    domestic(c, involved, ranks, reasons);
    vaw(involved, persons, reasons);
    if (c.hoCode().equals("34B")) {
      reasons.add(
          TypologyReason.ofField(
              TypologyRule.ROBBERY_CODE, "ho_code", r -> "offence code 34B is robbery of personal property"));
    }
    reasons.sort(
        Comparator.comparing(TypologyReason::typology)
            .thenComparing(r -> r.personId().orElse(""))
            .thenComparing(TypologyReason::rule)
            .thenComparing(r -> r.evidenceId().orElse("")));
    Set<Typology> types = new TreeSet<>();
    reasons.forEach(r -> types.add(r.typology()));
    return new CrimeClassification(c.id(), c.hoCode(), offence, match, List.copyOf(types), reasons);
  }

  private static void knife(Crime c, List<TypologyReason> out) {
    if (c.weapon().orElse(null) != Weapon.KNIFE_OR_SHARP) {
      return;
    }
    WeaponUse use = c.weaponUse().orElse(null);
    if (use == null || use == WeaponUse.USED || use == WeaponUse.THREATENED) {
      out.add(
          TypologyReason.ofField(
              TypologyRule.KNIFE_WEAPON,
              "weapon",
              r -> "a knife or sharp instrument was " + (use == null ? "recorded (use not recorded)"
                  : use == WeaponUse.USED ? "used" : "threatened")));
    }
  }

  private void gun(Crime c, List<TypologyReason> out) {
    Weapon w = c.weapon().orElse(null);
    boolean gun =
        w == Weapon.FIREARM
            || w == Weapon.IMITATION_FIREARM
            || (w == Weapon.AIR_WEAPON && typ.airWeaponsAreGuns());
    if (!gun) {
      return;
    }
    WeaponUse use = c.weaponUse().orElse(null);
    if (use == null || use == WeaponUse.USED || use == WeaponUse.FIRED || use == WeaponUse.THREATENED) {
      String what =
          w == Weapon.FIREARM ? "a firearm" : w == Weapon.IMITATION_FIREARM ? "an imitation firearm"
              : "an air weapon";
      out.add(
          TypologyReason.ofField(
              TypologyRule.GUN_WEAPON,
              "weapon",
              r -> what + " was " + (use == null ? "recorded (use not recorded)"
                  : use.name().toLowerCase(java.util.Locale.ROOT))));
    }
  }

  private void youth(
      Crime c, List<Involvement> involved, int[] ranks, List<Person> persons, List<TypologyReason> out) {
    int day = Parties.Birthdays.packed(c.committedOn());
    for (Parties.Party party : Parties.of(involved, ranks, persons, r -> youthRole[r.ordinal()])) {
      int age = birthdays.age(party.rank(), day, c.committedOn()); // by place: no record read
      if (age >= 0 && age <= typ.youthMaxAge()) {
        String person = party.person().id();
        List<Role> roles = party.roles();
        out.add(
            TypologyReason.ofPersonOn(
                TypologyRule.YOUTH_AGE, person, roles, OptionalInt.of(age), "date_of_birth", c.committedOn(),
                youthText));
      }
    }
  }

  private void ocg(
      Crime c, List<Involvement> involved, List<Person> persons, int[] ranks, List<TypologyReason> out) {
    if (c.ocgRelated().orElse(false)) {
      out.add(TypologyReason.ofField(TypologyRule.OCG_FLAG, "ocg_related", r -> "the crime is flagged OCG-related"));
    }
    for (Parties.Party party : Parties.of(involved, ranks, persons, Role::isOffenderOrSuspect)) {
      List<OcgMembership> on = data.ocgMembershipsOnPersonAt(party.rank(), c.committedOn());
      if (on.isEmpty()) {
        continue;
      }
      String person = party.person().id();
      List<Role> roles = party.roles();
      for (OcgMembership m : on) {
        out.add(
            TypologyReason.ofPerson(
                TypologyRule.OCG_MEMBER, person, roles, OptionalInt.empty(), null, m.ocgId(),
                r -> roles(roles) + " " + person + " was a member of OCG " + m.ocgId() + " on "
                    + c.committedOn() + " (member from " + m.since()
                    + m.until().map(u -> " to " + u).orElse(", still a member") + ")"));
      }
    }
  }

  /** The people at positions of {@link VcDataset#people()}, as a list view. */
  private List<Person> inOrder(int[] ranks) {
    List<Person> people = data.people();
    return new java.util.AbstractList<>() {
      @Override
      public Person get(int k) {
        return people.get(ranks[k]);
      }

      @Override
      public int size() {
        return ranks.length;
      }
    };
  }

  private void domestic(Crime c, List<Involvement> involved, int[] ranks, List<TypologyReason> out) {
    if (c.domesticAbuse().orElse(false)) {
      out.add(
          TypologyReason.ofField(
              TypologyRule.DOMESTIC_FLAG, "domestic_abuse", r -> "the crime is flagged domestic abuse"));
    }
    domesticIntelligence(involved, ranks).forEach(out::add);
  }

  /**
   * Intelligence recorded by the as-of date, with a domestic-abuse header, naming a victim of the
   * crime and a different person who is an offender or suspect of it. One reason per log, in log id
   * order: the first victim (in id order) it names, with the first offender or suspect (in id order)
   * other than that victim it names.
   *
   * @param people the crime's involvements (by person id, then role)
   * @param ranks the position in {@link VcDataset#people()} of the person of each
   */
  private List<TypologyReason> domesticIntelligence(List<Involvement> people, int[] ranks) {
    // Positions are in id order, as the involvements are: each list is distinct and ascending by
    // dropping a repeat of its last person.
    int[] victims = new int[people.size()];
    int[] offenders = new int[people.size()];
    int nv = 0;
    int no = 0;
    for (int k = 0; k < people.size(); k++) {
      Role role = people.get(k).role();
      int p = ranks[k];
      if (p < 0) {
        continue;
      }
      if (role == Role.VICTIM && (nv == 0 || victims[nv - 1] != p)) {
        victims[nv++] = p;
      } else if (role.isOffenderOrSuspect() && (no == 0 || offenders[no - 1] != p)) {
        offenders[no++] = p;
      }
    }
    if (nv == 0 || no == 0) {
      return List.of();
    }
    Map<Integer, TypologyReason> byLog = null; // made for the first reason: most crimes have none
    for (int a = 0; a < nv; a++) {
      int v = victims[a];
      int[] logsOfVictim = domesticLogsOf[v];
      if (logsOfVictim == null) {
        continue;
      }
      for (int li : logsOfVictim) {
        if (byLog != null && byLog.containsKey(li)) {
          continue;
        }
        for (int b = 0; b < no; b++) {
          int o = offenders[b];
          if (o != v && domesticLogsOf[o] != null && java.util.Arrays.binarySearch(domesticLogsOf[o], li) >= 0) {
            byLog = byLog == null ? new TreeMap<>() : byLog;
            byLog.put(li, reason(data.intelLogs().get(li), data.people().get(v).id(), data.people().get(o).id()));
            break;
          }
        }
      }
    }
    return byLog == null ? List.of() : List.copyOf(byLog.values());
  }

  private static TypologyReason reason(IntelLog log, String victim, String named) {
    return TypologyReason.ofPerson(
        TypologyRule.DOMESTIC_INTELLIGENCE, victim, List.of(Role.VICTIM), OptionalInt.empty(), "headers",
        log.id(),
        r -> "intelligence " + log.id() + " (" + log.grade() + ", recorded " + log.recordedOn()
            + ", headers " + String.join("; ", log.headers()) + ") names victim " + victim
            + " and offender or suspect " + named);
  }

  private boolean domesticHeader(IntelLog log) {
    for (String h : log.headers()) {
      if (typ.domesticAbuseHeaders().contains(h)) {
        return true;
      }
    }
    return false;
  }

  private void vaw(List<Involvement> involved, List<Person> persons, List<TypologyReason> out) {
    List<TypologyReason> found = new ArrayList<>();
    boolean maleOffender = false;
    for (int k = 0; k < involved.size(); k++) {
      Involvement i = involved.get(k);
      Optional<Sex> sex = persons.get(k).sex();
      if (i.role() == Role.VICTIM && sex.orElse(null) == Sex.F) {
        found.add(
            TypologyReason.ofPerson(
                TypologyRule.FEMALE_VICTIM, i.personId(), List.of(i.role()), OptionalInt.empty(), "sex", null,
                r -> "victim " + r.personId().orElseThrow() + " is recorded as female"));
      }
      if (i.role().isOffenderOrSuspect() && sex.orElse(null) == Sex.M) {
        maleOffender = true;
      }
    }
    if (!typ.vawRequiresMaleOffender() || maleOffender) {
      out.addAll(found);
    }
  }

  /** {@code offender}, {@code offender and suspect}. */
  private static String roles(List<Role> roles) {
    List<String> words = new ArrayList<>(roles.size());
    roles.forEach(r -> words.add(r.name().toLowerCase(java.util.Locale.ROOT)));
    return String.join(" and ", words);
  }

  // ---------------------------------------------------------------------------------------------
  // Contributing factors.

  /** The factors of the person at a position in the data set's people (each reached by it). */
  private PersonFactors factors(int personIndex) {
    // A million people, most with no custody record, membership or young victimhood: nothing is
    // made for a person until a record asks for it.
    Person p = data.people().get(personIndex);
    List<FactorEvidence> out = new ArrayList<>(0);
    List<CustodyRecord> booked = data.custodyOfPersonAt(personIndex);
    List<CustodyRecord> custody = booked.isEmpty() ? List.of() : new ArrayList<>(booked.size());
    for (CustodyRecord r : booked) {
      if (!r.bookedOn().isAfter(asOf)) {
        custody.add(r);
      }
    }
    if (!custody.isEmpty()) {
      marker(custody, Factor.MENTAL_HEALTH, CustodyRecord::mentalHealth, "mental health", out);
      marker(custody, Factor.SUBSTANCE_MISUSE, CustodyRecord::substanceMisuse, "substance misuse", out);
      marker(custody, Factor.ALCOHOL, CustodyRecord::alcohol, "alcohol", out);
      marker(custody, Factor.SELF_HARM, CustodyRecord::selfHarm, "self-harm", out);
    }

    List<OcgMembership> memberships = data.ocgMembershipsOfPersonAt(personIndex);
    Set<String> groups = memberships.isEmpty() ? Set.of() : new LinkedHashSet<>();
    List<String> spells = memberships.isEmpty() ? List.of() : new ArrayList<>();
    for (OcgMembership m : memberships) {
      if (!m.since().isAfter(asOf)) {
        groups.add(m.ocgId());
        spells.add(m.ocgId() + " from " + m.since()
            + (m.activeOn(asOf) ? " (a member on " + asOf + ")" : " to " + m.until().orElseThrow()));
      }
    }
    if (!groups.isEmpty()) {
      out.add(
          new FactorEvidence(
              Factor.OCG_MEMBERSHIP, List.copyOf(groups), "OCG membership: " + String.join("; ", spells)));
    }

    Set<String> urns = custody.isEmpty() ? Set.of() : new LinkedHashSet<>();
    for (CustodyRecord r : custody) {
      r.schoolUrn().ifPresent(urns::add);
    }
    if (!urns.isEmpty()) {
      out.add(
          new FactorEvidence(
              Factor.SCHOOL_ATTENDED, List.copyOf(urns),
              "school attended (from custody records): " + String.join(", ", urns)));
    }

    OptionalInt ageAtFirstCrime = p.ageOn(earliestCrime);
    if (p.dateOfBirth().isPresent() && !(ageAtFirstCrime.isPresent() && ageAtFirstCrime.getAsInt() >= 18)) {
      List<String> victim = new ArrayList<>(0);
      Set<String> domestic = new LinkedHashSet<>(0);
      List<Involvement> involvements = data.involvementsOfPersonAt(personIndex);
      List<Crime> crimes = data.crimesOfInvolvementsOfPersonAt(personIndex); // the crime of each, in step
      for (int k = 0; k < involvements.size(); k++) {
        Involvement i = involvements.get(k);
        if (i.role() != Role.VICTIM && i.role() != Role.WITNESS) {
          continue;
        }
        Crime c = crimes.get(k);
        if (c.committedOn().isAfter(asOf)) {
          continue;
        }
        OptionalInt age = p.ageOn(c.committedOn());
        if (age.isEmpty() || age.getAsInt() >= 18) {
          continue;
        }
        if (i.role() == Role.VICTIM) {
          victim.add(c.id());
        }
        if ((i.role() == Role.VICTIM || i.role() == Role.WITNESS) && domesticAbuse(c)) {
          domestic.add(c.id());
        }
      }
      if (!victim.isEmpty()) {
        out.add(
            new FactorEvidence(
                Factor.ACE_VICTIM_UNDER_18, victim,
                "victim of a crime before the age of 18: " + String.join(", ", victim)));
      }
      if (!domestic.isEmpty()) {
        out.add(
            new FactorEvidence(
                Factor.ACE_DOMESTIC_ABUSE_UNDER_18, List.copyOf(domestic),
                "victim or witness of a domestic-abuse crime before the age of 18: "
                    + String.join(", ", domestic)));
      }
    }
    return new PersonFactors(p.id(), out);
  }

  /** A domestic-abuse crime, violent or not: flagged, or named so by intelligence as for DOMESTIC. */
  private boolean domesticAbuse(Crime c) {
    return c.domesticAbuse().orElse(false)
        || !domesticIntelligence(data.involvementsIn(c.id()), data.personIndexesOfInvolvementsIn(c.id())).isEmpty();
  }

  private static void marker(
      List<CustodyRecord> custody,
      Factor factor,
      java.util.function.Function<CustodyRecord, Optional<Boolean>> flag,
      String words,
      List<FactorEvidence> out) {
    List<String> ids = new ArrayList<>();
    for (CustodyRecord r : custody) {
      if (flag.apply(r).orElse(false)) {
        ids.add(r.id());
      }
    }
    if (!ids.isEmpty()) {
      out.add(
          new FactorEvidence(
              factor, ids, words + " marker on custody record" + (ids.size() > 1 ? "s " : " ")
                  + String.join(", ", ids)));
    }
  }

  /**
   * At most ten codes for a log line, each cut to 20 characters with anything that is not a visible
   * character (a control, format or bidirectional character) written as {@code \\uNNNN}: a log
   * shows what the data holds, never lets it steer the terminal.
   */
  static String shownCodes(java.util.Collection<String> codes) {
    StringBuilder b = new StringBuilder("[");
    int n = 0;
    for (String code : codes) {
      if (n == 10) {
        b.append(", … and ").append(codes.size() - 10).append(" more");
        break;
      }
      b.append(n++ == 0 ? "" : ", ").append(org.vcanalytics.core.load.SafeText.escaped(code, 20));
    }
    return b.append(']').toString();
  }
}
