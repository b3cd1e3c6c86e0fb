package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.CrimesFile.Col.COMMITTED_ON;
import static org.vcanalytics.core.load.CrimesFile.Col.CRIME_ID;
import static org.vcanalytics.core.load.CrimesFile.Col.DOMESTIC_ABUSE;
import static org.vcanalytics.core.load.CrimesFile.Col.EASTING;
import static org.vcanalytics.core.load.CrimesFile.Col.HO_CODE;
import static org.vcanalytics.core.load.CrimesFile.Col.LSOA;
import static org.vcanalytics.core.load.CrimesFile.Col.MO_TEXT;
import static org.vcanalytics.core.load.CrimesFile.Col.NEIGHBOURHOOD;
import static org.vcanalytics.core.load.CrimesFile.Col.NORTHING;
import static org.vcanalytics.core.load.CrimesFile.Col.NPU;
import static org.vcanalytics.core.load.CrimesFile.Col.OCG_RELATED;
import static org.vcanalytics.core.load.CrimesFile.Col.OFFENCE_TITLE;
import static org.vcanalytics.core.load.CrimesFile.Col.POSTCODE;
import static org.vcanalytics.core.load.CrimesFile.Col.POSTCODE_DISTRICT;
import static org.vcanalytics.core.load.CrimesFile.Col.RECORDED_ON;
import static org.vcanalytics.core.load.CrimesFile.Col.WEAPON;
import static org.vcanalytics.core.load.CrimesFile.Col.WEAPON_USE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcanalytics.core.AreaCodes;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.OffenceCodes;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;
import org.vcanalytics.core.internal.Texts;
import org.vcanalytics.core.load.DataContract.ColumnType;

/** {@code crimes.csv}: the crimes. Required: the id, the offence code and the day committed. */
final class CrimesFile implements CsvFile {

  enum Col implements Column {
    CRIME_ID(REQUIRED, ColumnType.ID),
    HO_CODE(REQUIRED, ColumnType.OFFENCE_CODE),
    COMMITTED_ON(REQUIRED, ColumnType.DATE),
    RECORDED_ON(OPTIONAL, ColumnType.DATE),
    OFFENCE_TITLE(OPTIONAL, ColumnType.TEXT),
    EASTING(OPTIONAL, ColumnType.METRES),
    NORTHING(OPTIONAL, ColumnType.METRES),
    POSTCODE(OPTIONAL, ColumnType.TEXT),
    WEAPON(OPTIONAL, ColumnType.CODE),
    WEAPON_USE(OPTIONAL, ColumnType.CODE),
    DOMESTIC_ABUSE(OPTIONAL, ColumnType.FLAG),
    OCG_RELATED(OPTIONAL, ColumnType.FLAG),
    MO_TEXT(OPTIONAL, ColumnType.TEXT),
    NPU(OPTIONAL, ColumnType.AREA_CODE),
    NEIGHBOURHOOD(OPTIONAL, ColumnType.AREA_CODE),
    POSTCODE_DISTRICT(OPTIONAL, ColumnType.AREA_CODE),
    LSOA(OPTIONAL, ColumnType.AREA_CODE);

    private final boolean required;
    private final ColumnType type;

    Col(boolean required, ColumnType type) {
      this.required = required;
      this.type = type;
    }

    @Override
    public boolean required() {
      return required;
    }

    @Override
    public ColumnType type() {
      return type;
    }
  }

  /** The pre-assigned area codes; their labels are {@link Crime#AREA_LEVELS}. */
  private static final List<Col> AREA_LEVELS = List.of(NPU, NEIGHBOURHOOD, POSTCODE_DISTRICT, LSOA);

  /** A crime's pre-assigned codes in {@link #AREA_LEVELS} order, null where none is given. */
  record AreaKey(String npu, String neighbourhood, String postcodeDistrict, String lsoa) {}

  private final LoadState state;

  CrimesFile(LoadState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return VcPackage.CRIMES;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "not used"; // crimes.csv is required: its absence stops the load
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    String id = row.id(CRIME_ID);
    String code = state.intern(OffenceCodes.normalise(row.id(HO_CODE)));
    if (code.isEmpty()) {
      throw new Row.Rejected(HO_CODE.label(), row.raw(HO_CODE), "a value is required");
    }
    LocalDate committed = row.date(COMMITTED_ON);
    Optional<LocalDate> recorded = row.optionalDate(RECORDED_ON);
    if (recorded.isPresent() && recorded.get().isBefore(committed)) {
      row.drop(RECORDED_ON, "recorded before it was committed (committed_on " + committed + ")");
      recorded = Optional.empty();
    }
    Crime.Builder c =
        Crime.builder()
            .id(id)
            .hoCode(code)
            .committedOn(committed)
            .recordedOn(recorded)
            .offenceTitle(row.optionalText(OFFENCE_TITLE).map(state::term))
            .location(row.point(EASTING, NORTHING))
            .postcode(row.optionalText(POSTCODE).map(Texts::upper).map(state::term))
            .weapon(row.optionalEnum(WEAPON, Weapon.class))
            .weaponUse(row.optionalEnum(WEAPON_USE, WeaponUse.class))
            .domesticAbuse(row.flag(DOMESTIC_ABUSE))
            .ocgRelated(row.flag(OCG_RELATED))
            .moText(row.optionalText(MO_TEXT));
    // One instance per combination: millions of crimes share a few thousand. Found by the codes as
    // read (a key of four, null for none), so a combination seen before costs no map of its own.
    String[] values = new String[AREA_LEVELS.size()];
    boolean any = false;
    for (int k = 0; k < values.length; k++) {
      Col level = AREA_LEVELS.get(k);
      Optional<String> area = row.optionalText(level);
      if (area.isPresent()) {
        values[k] = level == POSTCODE_DISTRICT ? Texts.upper(area.get()) : area.get();
        any = true;
      }
    }
    if (any) {
      AreaKey k = new AreaKey(values[0], values[1], values[2], values[3]);
      AreaCodes known = state.areaCodes.get(k);
      if (known == null) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int j = 0; j < values.length; j++) {
          if (values[j] != null) {
            codes.put(AREA_LEVELS.get(j).label(), state.intern(values[j]));
          }
        }
        AreaCodes made = AreaCodes.of(codes);
        known = state.areaCodes.putIfAbsent(k, made);
        known = known != null ? known : made;
      }
      c.assignedAreas(known);
    }
    Crime crime = c.build();
    state.crimes.accept(id, CRIME_ID.label(), line, () -> state.data.addCrime(crime));
  }

  @Override
  public void rejected(Row row, long line) {
    state.crimes.rejected(row.raw(CRIME_ID), line);
  }
}
