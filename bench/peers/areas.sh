#!/usr/bin/env bash
# Peer: PostGIS point-in-polygon counts of violent crime per level x area x calendar year,
# as docs/hotspots.md §1 places a crime.
#
# usage: areas.sh DATA_DIR AS_OF REPO_ROOT OUT_CSV
# Needs a running PostgreSQL with PostGIS available, reached through PGHOST/PGPORT/PGUSER/PGDATABASE
# (run.sh starts one). Everything happens in one psql session: load crimes.csv (all columns, as
# text), the offence table and areas.geojson; keep the violent crimes (PHYSICAL_VIOLENCE) committed
# up to AS_OF; transform WGS84 areas to British National Grid with the same Helmert parameters as the
# library's proj4j EPSG:27700; build a GiST index on the areas; place each crime in every level by
# the library's rule (the force's own code, else the area with the smallest id whose polygon covers
# the point, boundary included, else the nearest area within GAP_TOLERANCE_METRES, default 25, of a
# point no polygon covers, ties to the smallest id — the gap rule of docs/hotspots.md §1 —, else
# UNASSIGNED); count per level, area and year. GAP_TOLERANCE_METRES must be the library run's
# hotspots.gapToleranceMetres (0 turns the gap rule off, as in the library).
#
#        areas.sh --near OUT_CSV
# After a run, in the same database (not timed): every placed crime whose point lies within 1 mm of
# the boundary of an area of a level it was placed in by its point, with the areas within 1 mm. The
# library converts WGS84 polygons with proj4j and PostGIS with PROJ; the two agree to a fraction of a
# millimetre, so only such points can honestly land differently. compare.py uses the list to tell a
# sub-millimetre transform difference from a disagreement about the rule.
set -euo pipefail

if [[ ${1:-} == --near ]]; then
  exec 6> "$2"
  psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
\copy (SELECT a.level, v.crime_id, extract(year FROM v.d)::int AS year, coalesce(p.id, 'UNASSIGNED') AS assigned, json_agg(a.id ORDER BY a.id COLLATE "C")::text AS near FROM vc v JOIN areas a ON ST_DWithin(a.geom, v.geom, 0.001) AND ST_DWithin(ST_Boundary(a.geom), v.geom, 0.001) LEFT JOIN pip p ON p.crime_id = v.crime_id AND p.level = a.level WHERE v.geom IS NOT NULL AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.crime_id = v.crime_id AND c.level = a.level) GROUP BY a.level, v.crime_id, v.d, p.id ORDER BY 1, 2) TO '/dev/fd/6' WITH (FORMAT csv, HEADER true)
SQL
  exit 0
fi

data=$1 as_of=$2 repo=$3 out=$4
gap=${GAP_TOLERANCE_METRES:-25}
[[ $gap =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "areas.sh: GAP_TOLERANCE_METRES must be a number of metres, was $gap" >&2; exit 2; }
classification="$repo/vc-core/src/main/resources/org/vcanalytics/core/classify/ho_offence_classification.csv"

# crimes.csv header: the column names, lower case, as safe SQL identifiers
IFS= read -r header < "$data/crimes.csv"
header=${header#$'\xef\xbb\xbf'}
header=${header%$'\r'}
cols=()
IFS=, read -r -a raw <<< "$header"
i=0
for c in "${raw[@]}"; do
  c=$(printf '%s' "$c" | tr -d '"' | tr '[:upper:]' '[:lower:]' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
  [[ $c =~ ^[a-z_][a-z0-9_]*$ ]] || c="col_$i"
  cols+=("$c"); i=$((i + 1))
done
has() { local x; for x in "${cols[@]}"; do [[ $x == "$1" ]] && return 0; done; return 1; }
ddl=$(printf '"%s" text,' "${cols[@]}"); ddl=${ddl%,}
has easting && has northing && loc="NULLIF(trim(easting),'')::float8 AS e, NULLIF(trim(northing),'')::float8 AS n" \
  || loc="NULL::float8 AS e, NULL::float8 AS n"

code_levels=()
for l in npu neighbourhood postcode_district lsoa; do has "$l" && code_levels+=("$l"); done
codes_sql="SELECT NULL::text AS crime_id, NULL::text AS level, NULL::text AS code WHERE false"
for l in "${code_levels[@]}"; do
  codes_sql+=" UNION ALL SELECT crime_id, '$l', NULLIF(trim(\"$l\"), '') FROM vc WHERE NULLIF(trim(\"$l\"), '') IS NOT NULL"
done
vc_cols="crime_id, committed_on::date AS d, $loc"
for l in "${code_levels[@]}"; do vc_cols+=", \"$l\""; done

# proj4j's EPSG:27700 (OSGB36 British National Grid, 7-parameter Helmert from WGS84)
bng="+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs"
wgs="+proj=longlat +datum=WGS84 +no_defs"

# The files are streamed through numbered descriptors, so no path (spaces and all) is parsed by psql.
exec 3< "$data/crimes.csv" 4< "$classification" 6> "$out"
if [[ -f "$data/areas.geojson" ]]; then exec 5< <(tr '\r\n' '  ' < "$data/areas.geojson"; echo); else exec 5< <(echo '{"type":"FeatureCollection","features":[]}'); fi

psql -X -q -t -A -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS postgis;
DROP TABLE IF EXISTS crimes_raw, offence, geo_raw, areas, vc, codes, pip, levels, counts;
CREATE UNLOGGED TABLE crimes_raw ($ddl);
\copy crimes_raw FROM '/dev/fd/3' WITH (FORMAT csv, HEADER true)
CREATE UNLOGGED TABLE offence (ho_code text, title text, offence_group text, offence_subgroup text,
  status text, ndqis_selected text, physical_violence text, physical_and_sexual text);
\copy offence FROM '/dev/fd/4' WITH (FORMAT csv, HEADER true)
CREATE UNLOGGED TABLE geo_raw (doc text);
\copy geo_raw FROM '/dev/fd/5' WITH (FORMAT csv, DELIMITER E'\x02', QUOTE E'\x01')

-- offence codes as the library normalises them (docs/definitions.md §1)
CREATE FUNCTION pg_temp.norm(c text) RETURNS text IMMUTABLE LANGUAGE sql AS
  \$\$ SELECT regexp_replace(replace(upper(regexp_replace(coalesce(c, ''), '\s', '', 'g')), '/', '.'), '^0+(?=[0-9])', '') \$\$;

CREATE UNLOGGED TABLE vc AS
  SELECT $vc_cols FROM crimes_raw r
  WHERE pg_temp.norm(r.ho_code) IN (SELECT pg_temp.norm(ho_code) FROM offence WHERE upper(physical_violence) = 'Y')
    AND committed_on::date <= DATE '$as_of';
ALTER TABLE vc ADD COLUMN geom geometry(Point, 27700);
UPDATE vc SET geom = ST_SetSRID(ST_MakePoint(e, n), 27700) WHERE e IS NOT NULL AND n IS NOT NULL;

CREATE UNLOGGED TABLE areas AS
  WITH f AS (SELECT jsonb_array_elements(doc::jsonb -> 'features') AS f FROM geo_raw),
       g AS (SELECT f -> 'properties' ->> 'level' AS level, f -> 'properties' ->> 'id' AS id,
                    ST_GeomFromGeoJSON(f ->> 'geometry') AS geom FROM f)
  SELECT level, id, CASE WHEN ST_XMax(geom) <= 180 AND ST_YMax(geom) <= 90
                         THEN ST_SetSRID(ST_Transform(ST_SetSRID(geom, 0), '$wgs', '$bng'), 27700)
                         ELSE ST_SetSRID(geom, 27700) END AS geom
  FROM g;
CREATE INDEX areas_gist ON areas USING gist (geom);
ANALYZE areas; ANALYZE vc;

CREATE UNLOGGED TABLE codes AS $codes_sql;
CREATE INDEX ON codes (crime_id, level);
CREATE UNLOGGED TABLE levels AS SELECT DISTINCT level FROM codes UNION SELECT DISTINCT level FROM areas;

-- the point, for levels where the crime carries no code: the smallest covering id (boundary included)
CREATE UNLOGGED TABLE pip AS
  SELECT a.level, v.crime_id, min(a.id COLLATE "C") AS id
  FROM vc v JOIN areas a ON ST_Covers(a.geom, v.geom)
  WHERE v.geom IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.crime_id = v.crime_id AND c.level = a.level)
  GROUP BY a.level, v.crime_id;
-- the gap rule: a point no polygon of the level covers, within the tolerance of one, goes to the
-- nearest (ST_Distance to the polygon), ties to the smallest id
INSERT INTO pip
  SELECT DISTINCT ON (a.level, v.crime_id) a.level, v.crime_id, a.id
  FROM vc v JOIN areas a ON $gap > 0 AND ST_DWithin(a.geom, v.geom, $gap)
  WHERE v.geom IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.crime_id = v.crime_id AND c.level = a.level)
    AND NOT EXISTS (SELECT 1 FROM pip p WHERE p.crime_id = v.crime_id AND p.level = a.level)
  ORDER BY a.level, v.crime_id, ST_Distance(a.geom, v.geom), a.id COLLATE "C";
CREATE INDEX ON pip (crime_id, level);

\copy (SELECT l.level, coalesce(c.code, p.id, 'UNASSIGNED') AS area_id, extract(year FROM v.d)::int AS year, count(*) AS vc_events FROM vc v CROSS JOIN levels l LEFT JOIN codes c ON c.crime_id = v.crime_id AND c.level = l.level LEFT JOIN pip p ON p.crime_id = v.crime_id AND p.level = l.level GROUP BY 1, 2, 3 ORDER BY 1, 2, 3) TO '/dev/fd/6' WITH (FORMAT csv, HEADER true)
SELECT json_build_object('peer', 'areas', 'violent', (SELECT count(*) FROM vc), 'areas', (SELECT count(*) FROM areas),
  'levels', (SELECT count(*) FROM levels), 'placed_by_point', (SELECT count(*) FROM pip))::text;
SQL
