package org.vcanalytics.examples.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.load.DataContract;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.geo.Coordinates;
import org.vcanalytics.geo.LonLat;

/**
 * A synthetic force on real Birmingham geography, written as a VC data package: people with ages
 * and sexes living in clustered places, violent crime concentrated in a few areas, co-offending
 * groups and organised crime groups, a long tail of crimes per person, intelligence with realistic
 * grading proportions, custody markers and schools. Every person is invented.
 *
 * <pre>{@code
 * SyntheticForce.generate(Path.of("demo-data"), SyntheticForce.Settings.defaults());
 * }</pre>
 *
 * <p>Seeded and deterministic: the same settings write the same bytes. Rows are written as they are
 * made, so the benchmark package (1,000,000 people, 3,000,000 crimes) streams to disk in minutes.
 * The areas are Birmingham's 659 LSOAs (ONS, Open Government Licence); neighbourhoods (their MSOAs)
 * and NPUs (MSOAs grouped by number) are synthetic and given to crimes as pre-assigned codes.
 */
public final class SyntheticForce {

  /**
   * What to generate.
   *
   * @param people how many people (default 5,000)
   * @param years how many years of crime, ending on {@code end} (default 10)
   * @param seed the seed (default 1)
   * @param end the last day with crimes (default 2024-12-31)
   */
  public record Settings(int people, int years, long seed, LocalDate end) {
    /** The most people a synthetic force may have: {@value}. */
    public static final int MAX_PEOPLE = 5_000_000;
    /** The most years: {@value}. */
    public static final int MAX_YEARS = 50;

    /** Checks the settings. */
    public Settings {
      if (people < 10 || people > MAX_PEOPLE) {
        throw new IllegalArgumentException(
            "--people must be 10 to " + MAX_PEOPLE + " (the benchmark force has 1000000), was " + people);
      }
      if (years < 1 || years > MAX_YEARS) {
        throw new IllegalArgumentException("--years must be 1 to " + MAX_YEARS + ", was " + years);
      }
      java.util.Objects.requireNonNull(end, "end");
      if (end.getYear() - years + 1 < 1900 || end.getYear() > 2100) {
        throw new IllegalArgumentException(
            "--end with --years must keep every crime within 1900-01-01 to 2100-12-31, was " + end
                + " with " + years + " years");
      }
    }

    /** @return 5,000 people over 10 years to 2024-12-31, seed 1 */
    public static Settings defaults() {
      return new Settings(5_000, 10, 1, LocalDate.of(2024, 12, 31));
    }
  }

  /**
   * What was written.
   *
   * @param people people
   * @param crimes crimes
   * @param involvements involvements
   * @param intel intelligence logs
   * @param mentions people named in logs
   * @param custody custody records
   */
  public record Summary(long people, long crimes, long involvements, long intel, long mentions, long custody) {}

  private static final String[] VC_CODES = {"105A", "8N", "34B", "3B", "5D", "8P", "36", "34A", "104", "8S", "2", "1"};
  private static final double[] VC_SHARE = {40, 33, 10, 5, 4, 2.5, 1, 1.5, 1.5, 1, 0.3, 0.2};
  private static final String[] OTHER_CODES = {"49", "58A", "58C", "46", "28E", "45", "92E", "8L", "9A", "48", "92A", "10D"};
  private static final double[] OTHER_SHARE = {20, 10, 8, 12, 8, 8, 6, 8, 6, 5, 4, 5};
  private static final String[] HEADERS = {"DOMESTIC ABUSE", "WEAPONS", "DRUGS", "GANGS", "EXPLOITATION"};
  private static final double[] HEADER_SHARE = {15, 10, 25, 10, 5};

  private final Settings s;
  private final Random r;
  private final List<Lsoa> lsoas;
  private final double[] homeWeight;
  private final double[] crimeWeight;
  private final double[] propensity;
  private final int[] group;
  private final int[][] groups;
  private final LocalDate start;
  private long mentions;

  /** One area: codes, and its polygon on the National Grid for drawing points in it. */
  private record Lsoa(String id, String neighbourhood, String npu, PreparedGeometry shape, Envelope box) {}

  private SyntheticForce(Settings s) {
    this.s = s;
    this.r = new Random(s.seed());
    this.lsoas = geography();
    this.start = s.end().minusYears(s.years()).plusDays(1);
    int n = lsoas.size();
    homeWeight = new double[n];
    crimeWeight = new double[n];
    for (int i = 0; i < n; i++) {
      homeWeight[i] = Math.exp(r.nextGaussian() * 0.6); // residential clustering
      double centre = lsoas.get(i).box().centre().distance(new Coordinate(407_000, 287_000));
      // Violence concentrates: the city centre and one area in twenty carry most of it.
      crimeWeight[i] = homeWeight[i] * (r.nextInt(20) == 0 ? 12 : 1) * (1 + 8 * Math.exp(-centre / 1_500));
    }
    propensity = new double[s.people()];
    for (int p = 0; p < s.people(); p++) {
      // A long tail: most people never offend, a few offend often (Pareto, alpha 1.3, capped at 60
      // times the least active so no invented person commits an absurd share).
      propensity[p] = r.nextDouble() < 0.3 ? Math.min(60, Math.pow(1 - r.nextDouble(), -1 / 1.3)) : 0;
    }
    // Co-offending groups of 3 to 8 among the more active; the first eighth of groups are OCGs.
    group = new int[s.people()];
    Arrays.fill(group, -1);
    List<int[]> g = new ArrayList<>();
    int wanted = Math.max(2, s.people() / 60);
    for (int k = 0; k < wanted; k++) {
      int size = 3 + r.nextInt(6);
      List<Integer> members = new ArrayList<>();
      for (int tries = 0; members.size() < size && tries < size * 20; tries++) {
        int p = activePerson();
        if (group[p] < 0) { // one group each
          members.add(p);
          group[p] = k;
        }
      }
      g.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    groups = g.toArray(new int[0][]);
  }

  /**
   * Writes a synthetic package into a folder.
   *
   * @param out the folder (created if needed)
   * @param settings what to generate
   * @return the counts written
   */
  public static Summary generate(Path out, Settings settings) {
    try {
      Files.createDirectories(out);
      return new SyntheticForce(settings).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Summary write(Path out) throws IOException {
    copyAreas(out.resolve("areas.geojson"));
    long people = writePeople(out.resolve("people.csv"));
    int[] schools = writeSchools(out.resolve("schools.csv"));
    long[] counts = writeCrimes(out.resolve("crimes.csv"), out.resolve("involvements.csv"), out.resolve("custody.csv"), schools);
    long intel = writeIntel(out.resolve("intel.csv"), out.resolve("intel_people.csv"));
    writeOcg(out.resolve("ocg.csv"));
    return new Summary(people, counts[0], counts[1], intel, mentions, counts[2]);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Lsoa> geography() {
    try (InputStream in = SyntheticForce.class.getResourceAsStream("birmingham-lsoa21.geojson")) {
      JsonNode root = new ObjectMapper().readTree(in);
      GeoJsonReader reader = new GeoJsonReader();
      GeometryFactory grid = new GeometryFactory();
      List<Lsoa> out = new ArrayList<>();
      for (JsonNode f : root.get("features")) {
        Geometry wgs = reader.read(f.get("geometry").toString());
        Geometry bng = wgs.copy();
        bng.apply(
            (org.locationtech.jts.geom.CoordinateFilter)
                c -> {
                  GridPoint p = Coordinates.toGrid(LonLat.of(c.x, c.y));
                  c.x = p.easting();
                  c.y = p.northing();
                });
        bng.geometryChanged();
        JsonNode props = f.get("properties");
        out.add(
            new Lsoa(
                props.get("id").asText(), props.get("neighbourhood").asText(), props.get("npu").asText(),
                PreparedGeometryFactory.prepare(grid.createGeometry(bng)), bng.getEnvelopeInternal()));
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the bundled Birmingham geography", e);
    }
  }

  private void copyAreas(Path file) throws IOException {
    // The bundled LSOAs as the package's areas: level lsoa, WGS84 (the file's degrees say so).
    try (InputStream in = SyntheticForce.class.getResourceAsStream("birmingham-lsoa21.geojson")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Files.writeString(file, text.replace("\"properties\":{\"id\"", "\"properties\":{\"level\":\"lsoa\",\"id\""));
    }
  }

  /**
   * A file's header line from the data contract: the contract's columns that the generator fills,
   * in the contract's order, which is the order its rows write them in.
   *
   * @param file the file
   * @param filled the columns the rows fill, in the order they write them
   * @throws IllegalStateException when a column is not in the contract, is out of the contract's
   *     order, or a required column is not filled: the rows would not match the contract
   */
  static String header(String file, String... filled) {
    List<String> written = List.of(filled);
    List<String> header =
        DataContract.file(file).columns().stream()
            .filter(c -> c.required() || written.contains(c.name()))
            .map(DataContract.ColumnSpec::name)
            .toList();
    if (!header.equals(written)) {
      throw new IllegalStateException(
          file + ": the generator writes " + written + " but the data contract's columns, required"
              + " ones included, in its order, are " + header);
    }
    return String.join(",", header) + "\n";
  }

  private GridPoint pointIn(Lsoa a) {
    GeometryFactory f = new GeometryFactory();
    for (int tries = 0; tries < 1000; tries++) {
      double x = a.box().getMinX() + r.nextDouble() * a.box().getWidth();
      double y = a.box().getMinY() + r.nextDouble() * a.box().getHeight();
      if (a.shape().contains(f.createPoint(new Coordinate(x, y)))) {
        return GridPoint.of(Math.round(x), Math.round(y));
      }
    }
    Coordinate c = a.shape().getGeometry().getInteriorPoint().getCoordinate();
    return GridPoint.of(Math.round(c.x), Math.round(c.y));
  }

  private static int pick(double[] weights, double total, Random r) {
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private double[] cumulativePropensity;

  /** A person drawn in proportion to their propensity to offend. */
  private int activePerson() {
    if (cumulativePropensity == null) {
      cumulativePropensity = new double[propensity.length];
      double sum = 0;
      for (int i = 0; i < propensity.length; i++) {
        sum += propensity[i];
        cumulativePropensity[i] = sum;
      }
    }
    double x = r.nextDouble() * cumulativePropensity[cumulativePropensity.length - 1];
    int i = Arrays.binarySearch(cumulativePropensity, x);
    return Math.min(i < 0 ? -i - 1 : i, propensity.length - 1);
  }

  private static String person(int p) {
    return String.format(Locale.ROOT, "P%07d", p + 1);
  }

  private LocalDate[] born;
  private char[] sex;

  private long writePeople(Path file) throws IOException {
    born = new LocalDate[s.people()];
    sex = new char[s.people()];
    double total = Arrays.stream(homeWeight).sum();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header(VcPackage.PEOPLE, "person_id", "date_of_birth", "sex", "home_easting", "home_northing"));
      for (int p = 0; p < s.people(); p++) {
        // Offenders are younger: ages 14 to 64, most between 18 and 40; everyone else 10 to 85.
        int age = propensity[p] > 0 ? 14 + (int) Math.min(50, Math.abs(r.nextGaussian() * 10 + 15)) : 10 + r.nextInt(76);
        born[p] = s.end().minusYears(age).minusDays(r.nextInt(365));
        double u = r.nextDouble();
        sex[p] = u < 0.02 ? 'U' : (propensity[p] > 0 ? (u < 0.18 ? 'F' : 'M') : (u < 0.53 ? 'F' : 'M'));
        boolean home = r.nextInt(10) > 0;
        GridPoint h = home ? pointIn(lsoas.get(pick(homeWeight, total, r))) : null;
        w.write(person(p) + "," + born[p] + "," + sex[p] + ","
            + (h == null ? "," : (long) h.easting() + "," + (long) h.northing()) + "\n");
      }
    }
    return s.people();
  }

  private int[] writeSchools(Path file) throws IOException {
    int n = Math.max(5, Math.min(400, s.people() / 60));
    int[] urns = new int[n];
    double total = Arrays.stream(homeWeight).sum();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header(VcPackage.SCHOOLS, "urn", "name", "easting", "northing", "phase", "status"));
      for (int i = 0; i < n; i++) {
        urns[i] = 100_001 + i;
        GridPoint p = pointIn(lsoas.get(pick(homeWeight, total, r)));
        boolean secondary = i % 3 == 0;
        w.write(urns[i] + ",Synthetic " + (secondary ? "Academy " : "Primary School ") + (i + 1) + ","
            + (long) p.easting() + "," + (long) p.northing() + "," + (secondary ? "Secondary" : "Primary") + ",Open\n");
      }
    }
    return urns;
  }

  /** @return crimes, involvements, custody records */
  private long[] writeCrimes(Path crimes, Path involvements, Path custody, int[] schools) throws IOException {
    long n = (long) s.people() * s.years() * 3 / 10;
    double vcTotal = Arrays.stream(VC_SHARE).sum();
    double otherTotal = Arrays.stream(OTHER_SHARE).sum();
    double crimeTotal = Arrays.stream(crimeWeight).sum();
    double homeTotal = Arrays.stream(homeWeight).sum();
    long days = s.end().toEpochDay() - start.toEpochDay() + 1;
    long inv = 0;
    long cus = 0;
    try (BufferedWriter c = Files.newBufferedWriter(crimes, StandardCharsets.UTF_8);
        BufferedWriter v = Files.newBufferedWriter(involvements, StandardCharsets.UTF_8);
        BufferedWriter k = Files.newBufferedWriter(custody, StandardCharsets.UTF_8)) {
      c.write(header(VcPackage.CRIMES, "crime_id", "ho_code", "committed_on", "recorded_on", "easting", "northing",
          "weapon", "weapon_use", "domestic_abuse", "ocg_related", "npu", "neighbourhood"));
      v.write(header(VcPackage.INVOLVEMENTS, "crime_id", "person_id", "role"));
      k.write(header(VcPackage.CUSTODY, "custody_id", "person_id", "booked_on", "mental_health", "substance_misuse",
          "alcohol", "self_harm", "school_urn"));
      for (long i = 0; i < n; i++) {
        String id = String.format(Locale.ROOT, "C%08d", i + 1);
        // Violence grows a little over the years, so the ten-year view has a trend.
        LocalDate on = start.plusDays((long) (days * Math.pow(r.nextDouble(), 0.85)));
        boolean vc = r.nextDouble() < 0.4;
        String code = vc ? VC_CODES[pick(VC_SHARE, vcTotal, r)] : OTHER_CODES[pick(OTHER_SHARE, otherTotal, r)];
        Lsoa a = lsoas.get(pick(vc ? crimeWeight : homeWeight, vc ? crimeTotal : homeTotal, r));
        boolean located = r.nextInt(50) > 0;
        GridPoint p = located ? pointIn(a) : null;
        // Offenders: one, or a co-offending group's members.
        List<Integer> offenders = new ArrayList<>();
        int first = activePerson();
        offenders.add(first);
        if (group[first] >= 0 && r.nextDouble() < 0.35) {
          for (int m : groups[group[first]]) {
            if (!offenders.contains(m) && r.nextDouble() < 0.4) {
              offenders.add(m);
            }
          }
        }
        boolean ocg = group[first] >= 0 && group[first] < groups.length / 8 + 1;
        boolean domestic = vc && r.nextDouble() < 0.25;
        String weapon = "";
        String use = "";
        if (vc) {
          double u = r.nextDouble();
          if (u < 0.09) {
            weapon = "KNIFE_OR_SHARP";
            use = r.nextDouble() < 0.6 ? "USED" : r.nextDouble() < 0.8 ? "THREATENED" : "POSSESSED";
          } else if (u < 0.105) {
            weapon = r.nextDouble() < 0.7 ? "FIREARM" : "IMITATION_FIREARM";
            use = r.nextDouble() < 0.5 ? "THREATENED" : "FIRED";
          } else if (u < 0.16) {
            weapon = "BLUNT";
            use = "USED";
          } else if (u < 0.17) {
            weapon = "AIR_WEAPON";
            use = "FIRED";
          } else {
            weapon = "NONE";
          }
        }
        c.write(id + "," + code + "," + on + "," + on.plusDays(r.nextInt(4)) + ","
            + (p == null ? "," : (long) p.easting() + "," + (long) p.northing()) + "," + weapon + "," + use + ","
            + (vc ? (domestic ? "Y" : "N") : "") + "," + (ocg && r.nextBoolean() ? "Y" : "") + ","
            + a.npu() + "," + a.neighbourhood() + "\n");
        for (int o : offenders) {
          String role = r.nextDouble() < 0.6 ? "OFFENDER" : "SUSPECT";
          v.write(id + "," + person(o) + "," + role + "\n");
          inv++;
          if (r.nextDouble() < 0.05) {
            v.write(id + "," + person(o) + "," + (role.equals("OFFENDER") ? "SUSPECT" : "OFFENDER") + "\n");
            inv++;
          }
          if (r.nextDouble() < 0.15) {
            cus++;
            LocalDate booked = on.plusDays(r.nextInt(30));
            boolean child = booked.isBefore(born[o].plusYears(18));
            k.write(String.format(Locale.ROOT, "K%08d", cus) + "," + person(o) + "," + booked + ","
                + flag(0.2) + "," + flag(0.3) + "," + flag(0.25) + "," + flag(0.08) + ","
                + (child || r.nextDouble() < 0.3 ? Integer.toString(schools[r.nextInt(schools.length)]) : "") + "\n");
          }
        }
        if (vc || r.nextDouble() < 0.5) {
          int victim = victim(domestic, offenders);
          v.write(id + "," + person(victim) + ",VICTIM\n");
          inv++;
        }
        if (r.nextDouble() < 0.12) {
          int witness = r.nextInt(s.people());
          if (!offenders.contains(witness)) {
            v.write(id + "," + person(witness) + ",WITNESS\n");
            inv++;
          }
        }
      }
    }
    return new long[] {n, inv, cus};
  }

  private String flag(double p) {
    double u = r.nextDouble();
    return u < 0.1 ? "" : u < 0.1 + 0.9 * p ? "Y" : "N";
  }

  /** A victim: anyone, more often a woman when the crime is domestic abuse; never an offender of it. */
  private int victim(boolean domestic, List<Integer> offenders) {
    for (int tries = 0; tries < 20; tries++) {
      int v = r.nextInt(s.people());
      if (offenders.contains(v)) {
        continue;
      }
      if (domestic && sex[v] != 'F' && r.nextDouble() < 0.75) {
        continue;
      }
      return v;
    }
    return (offenders.get(0) + 1) % s.people();
  }

  private long writeIntel(Path intel, Path people) throws IOException {
    long n = (long) s.people() * s.years() / 5;
    double headerTotal = Arrays.stream(HEADER_SHARE).sum() + 35;
    long days = s.end().toEpochDay() - start.toEpochDay() + 1;
    try (BufferedWriter w = Files.newBufferedWriter(intel, StandardCharsets.UTF_8);
        BufferedWriter m = Files.newBufferedWriter(people, StandardCharsets.UTF_8)) {
      w.write(header(VcPackage.INTEL, "intel_id", "recorded_on", "grading_system", "source_evaluation",
          "intelligence_assessment", "handling_code", "headers"));
      m.write(header(VcPackage.INTEL_PEOPLE, "intel_id", "person_id"));
      for (long i = 0; i < n; i++) {
        String id = String.format(Locale.ROOT, "I%08d", i + 1);
        LocalDate on = start.plusDays((long) (days * Math.pow(r.nextDouble(), 0.85)));
        // Older logs are sometimes still 5x5x5-graded.
        boolean old = on.getYear() < 2016 && r.nextDouble() < 0.5;
        String source = old ? "" + "ABCDE".charAt(pick(new double[] {20, 35, 20, 10, 15}, 100, r))
            : "" + "123".charAt(pick(new double[] {30, 55, 15}, 100, r));
        String assess = old ? "" + "12345".charAt(pick(new double[] {15, 30, 30, 20, 5}, 100, r))
            : "" + "ABCDE".charAt(pick(new double[] {15, 30, 35, 15, 5}, 100, r));
        String handling = old ? "" + (1 + r.nextInt(5)) : (r.nextDouble() < 0.8 ? "P" : "C");
        int h = pick(HEADER_SHARE_WITH_NONE, headerTotal, r);
        w.write(id + "," + on + "," + (old ? "5x5x5" : "3x5x2") + "," + source + "," + assess + "," + handling + ","
            + (h < HEADERS.length ? HEADERS[h] : "") + "\n");
        List<Integer> named = new ArrayList<>();
        int first = activePerson();
        named.add(first);
        int more = 1 + (r.nextDouble() < 0.3 ? 1 : 0);
        for (int k = 0; k < more; k++) {
          int next = group[first] >= 0 && r.nextDouble() < 0.6
              ? groups[group[first]][r.nextInt(groups[group[first]].length)]
              : r.nextDouble() < 0.5 ? activePerson() : r.nextInt(s.people());
          if (!named.contains(next)) {
            named.add(next);
          }
        }
        for (int p : named) {
          m.write(id + "," + person(p) + "\n");
          mentions++;
        }
      }
    }
    return n;
  }

  private static final double[] HEADER_SHARE_WITH_NONE;

  static {
    HEADER_SHARE_WITH_NONE = Arrays.copyOf(HEADER_SHARE, HEADER_SHARE.length + 1);
    HEADER_SHARE_WITH_NONE[HEADER_SHARE.length] = 35;
  }

  private void writeOcg(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header(VcPackage.OCG, "person_id", "ocg_id", "from", "to", "role"));
      int ocgs = groups.length / 8 + 1;
      for (int g = 0; g < ocgs && g < groups.length; g++) {
        String ocg = String.format(Locale.ROOT, "OCG-%02d", g + 1);
        for (int k = 0; k < groups[g].length; k++) {
          LocalDate from = start.plusDays(r.nextInt(365 * Math.max(1, s.years() - 1)));
          LocalDate to = r.nextDouble() < 0.3 ? from.plusDays(180 + r.nextInt(900)) : null;
          if (to != null && to.isAfter(s.end())) {
            to = null;
          }
          w.write(person(groups[g][k]) + "," + ocg + "," + from + "," + (to == null ? "" : to) + ","
              + (k == 0 ? "principal" : "member") + "\n");
        }
      }
    }
  }
}
