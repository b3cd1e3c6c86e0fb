package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.School;
import org.vcanalytics.core.VcDataset;

/**
 * The worked example of docs/hotspots.md: two 1 km squares side by side, A (west, 2,000 people) and
 * B (east, 500 people), as of 2021-12-31.
 *
 * <pre>
 *   northing 281000 +-----------+-----------+
 *                   |  A        |  B        |
 *                   |  C1   C2 on the edge  |   C4 (in B, pre-assigned A)
 *                   |           |  C5       |
 *   northing 280000 +-----------+-----------+
 *             400000       401000      402000  easting
 * </pre>
 */
final class WorkedExample {

  static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);

  /** 8N (assault with injury) weighs 10, 34B (robbery of personal property) 100. */
  static final ToDoubleFunction<Crime> WEIGHT = c -> c.hoCode().equals("34B") ? 100 : 10;

  private WorkedExample() {}

  static Area square(String id, double west, long population) {
    return rectangle(id, west, west + 1000, OptionalLong.of(population));
  }

  /** An npu area from easting {@code west} to {@code east}, northing 280000 to 281000. */
  static Area rectangle(String id, double west, double east, OptionalLong population) {
    String json =
        String.format(
            java.util.Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.0f,280000],[%2$.0f,280000],[%2$.0f,281000],"
                + "[%1$.0f,281000],[%1$.0f,280000]]]}",
            west,
            east);
    return new Area("npu", id, "Area " + id, population, Area.Crs.BRITISH_NATIONAL_GRID, json);
  }

  static Crime crime(String id, String code, LocalDate day, GridPoint at) {
    Crime.Builder b = Crime.builder().id(id).hoCode(code).committedOn(day);
    if (at != null) {
      b.location(at);
    }
    return b.build();
  }

  static VcDataset data() {
    VcDataset.Builder b = VcDataset.builder();
    b.addArea(square("A", 400000, 2000));
    b.addArea(square("B", 401000, 500));
    b.addCrime(crime("C1", "8N", LocalDate.of(2021, 3, 31), GridPoint.of(400500, 280500)));
    b.addCrime(crime("C2", "8N", LocalDate.of(2021, 4, 1), GridPoint.of(401000, 280700)));
    b.addCrime(crime("C3", "34B", LocalDate.of(2021, 4, 1), null));
    b.addCrime(
        Crime.builder().id("C4").hoCode("8N").committedOn(LocalDate.of(2021, 6, 15))
            .location(GridPoint.of(401500, 280600)).putAreaCodes("npu", "A").build());
    b.addCrime(crime("C5", "34B", LocalDate.of(2021, 6, 20), GridPoint.of(401500, 280200)));
    b.addCrime(crime("C6", "8N", LocalDate.of(2022, 1, 5), GridPoint.of(400500, 280500)));
    b.addCrime(crime("C7", "58A", LocalDate.of(2021, 5, 1), GridPoint.of(400500, 280500)));
    b.addCrime(crime("C8", "8N", LocalDate.of(2021, 5, 1), GridPoint.of(450000, 300000)));
    b.addPerson(Person.builder().id("P1").home(GridPoint.of(400200, 280100)).build());
    b.addPerson(Person.builder().id("P2").home(GridPoint.of(401900, 280900)).build());
    b.addPerson(Person.of("P3"));
    b.addInvolvement("C1", "P1", Role.OFFENDER);
    b.addInvolvement("C1", "V1", Role.VICTIM);
    b.addInvolvement("C2", "P1", Role.OFFENDER);
    b.addInvolvement("C2", "V2", Role.VICTIM);
    b.addInvolvement("C3", "P2", Role.OFFENDER);
    b.addInvolvement("C3", "V1", Role.VICTIM);
    b.addInvolvement("C4", "P2", Role.OFFENDER);
    b.addInvolvement("C4", "P2", Role.SUSPECT);
    b.addInvolvement("C4", "V3", Role.VICTIM);
    b.addInvolvement("C5", "P3", Role.OFFENDER);
    b.addInvolvement("C5", "V4", Role.VICTIM);
    b.addInvolvement("C6", "P1", Role.OFFENDER);
    b.addSchool(School.builder().urn("100001").name("West School").location(GridPoint.of(400500, 280900)).build());
    b.addSchool(School.builder().urn("100002").name("East School").location(GridPoint.of(402300, 280500)).build());
    b.addCustodyRecord(custody("K1", "P1", LocalDate.of(2021, 1, 1), "100001"));
    b.addCustodyRecord(custody("K2", "P2", LocalDate.of(2022, 2, 1), "100002"));
    b.addCustodyRecord(custody("K3", "P3", LocalDate.of(2020, 5, 5), "100001"));
    return b.build();
  }

  static CustodyRecord custody(String id, String person, LocalDate day, String urn) {
    return CustodyRecord.builder().id(id).personId(person).bookedOn(day).schoolUrn(urn).build();
  }
}
